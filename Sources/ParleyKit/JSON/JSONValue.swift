/// A JSON value that keeps object keys in their order.
///
/// parley reads and rewrites files that other versions of parley (and people)
/// also write. `JSONDecoder` would lose unknown fields and reorder keys, so the
/// store works on this tree instead: what it does not understand it writes back
/// untouched, in the order it found it.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number exactly as written, so rewriting never changes its digits.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public init(_ int: Int) { self = .number(String(int)) }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// An integer when the number is written as one (no fraction, no exponent).
    public var intValue: Int? {
        if case .number(let digits) = self { return Int(digits) }
        return nil
    }

    /// The JSON type, for error messages ("found an array").
    public var kind: JSONKind {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }
}

/// A JSON object: its members in file order, and the line it started on
/// (so a wrong field can be reported where a person can find it).
public struct JSONObject: Equatable, Sendable {
    public var members: [(key: String, value: JSONValue)]
    /// 1-based line of the opening brace; 0 when built in code.
    public var line: Int

    public init(_ members: [(key: String, value: JSONValue)] = [], line: Int = 0) {
        self.members = members
        self.line = line
    }

    public subscript(key: String) -> JSONValue? {
        get { members.first(where: { $0.key == key })?.value }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    public var keys: [String] { members.map(\.key) }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.elementsEqual(rhs.members) { $0.key == $1.key && $0.value == $1.value }
    }
}

/// The six JSON types, as error messages name what they found.
public enum JSONKind: Equatable, Sendable, CaseIterable {
    case null, boolean, number, string, array, object
}
