/// Choices that change the IR's types.
public struct IROptions: Sendable, Equatable {
    public var numbers: NumberRepresentation

    public init(numbers: NumberRepresentation = .decimal) {
        self.numbers = numbers
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
