/// The access level of every generated declaration.
public enum AccessLevel: String, Sendable, Codable, CaseIterable {
    case `public`, `package`, `internal`

    /// "public, package or internal", for messages.
    public static let choices = allCases.map(\.rawValue).joined(separator: ", ").replacingLastComma(with: " or")
}

extension String {
    fileprivate func replacingLastComma(with word: String) -> String {
        guard let comma = range(of: ",", options: .backwards) else { return self }
        return replacingCharacters(in: comma, with: word)
    }
}
