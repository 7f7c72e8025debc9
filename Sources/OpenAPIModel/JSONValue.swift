import YAMLLoader

/// A JSON value the model owns (enum values, examples, defaults), so no YAML node outlives the model.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number as written (`12`, `1234567.89`, `1e3`, YAML's `0x1F`): the text, so no digit is lost to
    /// `Double` and an enum's raw value stays what the spec says.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in the order written (duplicate keys, which the loader reports, are kept).
    case object([Member])

    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSONValue

        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    public var isNull: Bool { self == .null }

    /// The text of any non-null scalar (`true`, `12`, `abc`).
    public var string: String? {
        switch self {
        case .bool(let value): String(value)
        case .number(let text), .string(let text): text
        case .null, .array, .object: nil
        }
    }

    /// A number written as a decimal integer (`12`, not `12.0`).
    public var isInteger: Bool {
        if case .number(let text) = self { return Int(text) != nil }
        return false
    }

    /// Any number with an integral value: `12`, `12.0`, `0x1F`, `0o17`.
    public var int: Int? {
        guard case .number(let text) = self else { return nil }
        return Scalar.integer(text)
    }
}

extension JSONValue {
    /// A YAML node's JSON reading: plain scalars that read as numbers keep their text.
    package init(_ node: Node) {
        switch node.kind {
        case .mapping(let entries):
            self = .object(entries.map { Member(key: $0.key, value: JSONValue($0.value)) })
        case .sequence(let items):
            self = .array(items.map(JSONValue.init))
        case .scalar(let scalar):
            if node.isNull {
                self = .null
            } else if let value = node.bool {
                self = .bool(value)
            } else if scalar.isPlain, node.int != nil || node.double != nil {
                self = .number(scalar.text)
            } else {
                self = .string(scalar.text)
            }
        }
    }
}
