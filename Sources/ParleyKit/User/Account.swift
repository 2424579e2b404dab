#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The user account parley runs as: its login name and the full name from
/// the password database, for the default name under a reaction.
public struct Account: Equatable, Sendable {
    public var userName: String
    /// The GECOS full name, nil when the account has none.
    public var fullName: String?

    public init(userName: String, fullName: String?) {
        self.userName = userName
        self.fullName = fullName
    }

    /// The account of the effective user id, nil when the database has none.
    public static func current() -> Account? {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        let userName = String(cString: name)
        let gecos = entry.pointee.pw_gecos.map { String(cString: $0) } ?? ""
        return Account(userName: userName, fullName: fullName(gecos: gecos, userName: userName))
    }

    /// The full name in a GECOS field: its first comma-separated part, with
    /// `&` standing for the capitalised user name (the BSD convention).
    public static func fullName(gecos: String, userName: String) -> String? {
        let first = gecos.split(separator: ",", omittingEmptySubsequences: false).first ?? ""
        let capitalised = userName.prefix(1).uppercased() + userName.dropFirst()
        let name = ReactionInput.trimmed(first.replacingOccurrences(of: "&", with: capitalised))
        return name.isEmpty ? nil : name
    }
}

extension Substring {
    fileprivate func replacingOccurrences(of target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
