/// A Swift name decided by `Naming`, with every spelling generated code needs, so no later stage adds or
/// strips backticks or invents a derived name.
public struct SwiftIdentifier: Hashable, Sendable, Comparable {
    /// The name as prose and argument labels write it: `default`, `userId`.
    public let name: String

    /// `name` must already be a valid identifier apart from keywords (a `Naming` result, or a suffixed one).
    public init(_ name: String) {
        self.name = name
    }

    /// Declared or referenced in code: keywords in backticks (`` `default` ``).
    public var declared: String { isKeyword ? "`\(name)`" : name }

    /// Whether the name needs backticks where it is declared or referenced.
    public var isKeyword: Bool { Naming.swiftKeywords.contains(name) }

    /// The stored property behind a boxed one (`_default`): never a keyword, never a declared property name,
    /// since property names never start with `_` followed by a letter.
    public var storage: String { "_" + name }

    /// The local name of an initializer parameter for this property: `self` would shadow the instance, so it
    /// becomes `selfValue` (declared as `` `self` selfValue ``).
    public var localName: SwiftIdentifier { name == "self" ? SwiftIdentifier("selfValue") : self }

    /// Another identifier made from this one (`getBanks` -> `getBanksPaged`).
    package func appending(_ suffix: String) -> SwiftIdentifier { SwiftIdentifier(name + suffix) }

    public static func < (lhs: SwiftIdentifier, rhs: SwiftIdentifier) -> Bool { lhs.name < rhs.name }
}

extension SwiftIdentifier: CustomStringConvertible {
    /// The spelling code uses, so diagnostics and changelogs quote what users write.
    public var description: String { declared }
}

/// Encoded as the name alone: the IR holds names; backticks are a spelling decided from the name.
/// Decoding also accepts the backticked spelling older snapshots stored.
extension SwiftIdentifier: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self.init(unescaping: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }

    /// `` `default` `` or `default` -> `default`.
    package init(unescaping text: String) {
        let bytes = text.utf8
        if bytes.count >= 2, bytes.first == UInt8(ascii: "`"), bytes.last == UInt8(ascii: "`") {
            self.init(String(text.dropFirst().dropLast()))
        } else {
            self.init(text)
        }
    }
}

/// `"accepted"` where a fixed identifier is written (tests, IR built in code); backticks are dropped as in decoding.
extension SwiftIdentifier: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        self.init(unescaping: text)
    }
}
