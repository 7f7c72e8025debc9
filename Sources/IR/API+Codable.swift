/// The Swift spelling (`[String: Transaction]`), which names every case uniquely: model names never take a
/// built-in type's name (Naming reserves them).
extension TypeRef: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let type = TypeRef(swift: Substring(text)) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a type spelling: \(text)")
            )
        }
        self = type
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(swift)
    }

    private static let builtins: [String: TypeRef] = Dictionary(
        uniqueKeysWithValues: [
            TypeRef.string, .int, .int32, .int64, .double, .decimal, .bool, .date, .dateTime, .uuid, .binary, .json,
        ]
        .map { ($0.swift, $0) }
    )

    init?(swift text: Substring) {
        if text.hasPrefix("[String: "), text.hasSuffix("]") {
            guard let value = TypeRef(swift: text.dropFirst("[String: ".count).dropLast()) else { return nil }
            self = .dictionary(value)
        } else if text.hasPrefix("["), text.hasSuffix("]") {
            guard let element = TypeRef(swift: text.dropFirst().dropLast()) else { return nil }
            self = .array(element)
        } else if let builtin = Self.builtins[String(text)] {
            self = builtin
        } else if !text.isEmpty, !text.contains("[") {
            self = .named(String(text))
        } else {
            return nil
        }
    }
}
