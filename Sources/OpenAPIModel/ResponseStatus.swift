/// A key of an operation's `responses`.
public enum ResponseStatus: Hashable, Sendable {
    case code(Int)
    /// `2XX` is `.range(2)`.
    case range(Int)
    case `default`

    /// `200`, `2XX` (any case) or `default`; nil for anything else.
    public init?(key: String) {
        let upper = key.uppercased()
        if upper == "DEFAULT" {
            self = .default
        } else if upper.count == 3, upper.hasSuffix("XX"), let digit = upper.first?.wholeNumberValue,
            (1...5).contains(digit)
        {
            self = .range(digit)
        } else if upper.count == 3, let code = Int(upper), (100...599).contains(code) {
            self = .code(code)
        } else {
            return nil
        }
    }

    public var isSuccess: Bool {
        switch self {
        case .code(let code): (200...299).contains(code)
        case .range(let digit): digit == 2
        case .default: false
        }
    }

    /// As the spec writes it: `200`, `2XX`, `default`.
    public var text: String {
        switch self {
        case .code(let code): String(code)
        case .range(let digit): "\(digit)XX"
        case .default: "default"
        }
    }

    /// Codes, then ranges of the same class, then `default`, so a switch tries the specific ones first.
    public var sortKey: Int {
        switch self {
        case .code(let code): code * 10
        case .range(let digit): digit * 1000 + 999
        case .default: Int.max
        }
    }
}

/// `200`, `2XX` or `default`, as the spec writes it.
extension ResponseStatus: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let status = ResponseStatus(key: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a response status: \(text)")
            )
        }
        self = status
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
