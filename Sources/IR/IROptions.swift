/// Choices that change the IR's types.
public struct IROptions: Sendable, Equatable {
    public var numbers: NumberRepresentation
    /// Non-component `$ref`s are translated in place at each use; refs that reference refs multiply
    /// (two uses at each of 20 levels is a million). Past this many the spec is refused, located.
    public var maxInlineReferenceExpansions: Int

    public init(numbers: NumberRepresentation = .decimal, maxInlineReferenceExpansions: Int = 20_000) {
        self.numbers = numbers
        self.maxInlineReferenceExpansions = maxInlineReferenceExpansions
    }
}

/// How JSON numbers (`type: number`) become Swift types.
public enum NumberRepresentation: String, Sendable, Codable, CaseIterable {
    /// `Decimal`, read from the number's text: amounts keep every cent (`1234567.89` stays exact).
    case decimal
    /// `Double` (binary floating point, about 15 significant digits); `format: float` too.
    case double

    var type: TypeRef {
        switch self {
        case .decimal: return .decimal
        case .double: return .double
        }
    }
}
