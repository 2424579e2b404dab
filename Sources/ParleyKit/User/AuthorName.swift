/// The name put under a new reaction when none is typed.
public enum AuthorName {
    /// `name` from the config file, else the account's full name, else its
    /// user name; nil (anonymous) when there is no account either.
    public static func fallback(config: UserConfig, account: Account?) -> String? {
        if let name = config.name, !ReactionInput.trimmed(name).isEmpty { return name }
        if let full = account?.fullName { return full }
        return account?.userName
    }
}
