/// A path such as `/users/{id_user}/accounts`, split into literal text and `{variable}`s.
/// The one place that reads path braces: the model validates with it, the IR builds paths from it.
package enum PathTemplate {
    package enum Piece: Equatable, Sendable {
        case literal(String)
        case variable(String)
    }

    /// `nil` when braces nest, are left open, close without opening, or enclose nothing.
    /// Byte-wise: braces are ASCII, so they never occur inside a multi-byte UTF-8 character.
    package static func pieces(of path: String) -> [Piece]? {
        let bytes = Array(path.utf8)
        var pieces: [Piece] = []
        var textStart = 0
        var variableStart: Int?
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "{") {
                guard variableStart == nil else { return nil }
                if index > textStart {
                    pieces.append(.literal(String(decoding: bytes[textStart..<index], as: UTF8.self)))
                }
                variableStart = index + 1
            } else if byte == UInt8(ascii: "}") {
                guard let start = variableStart, index > start else { return nil }
                pieces.append(.variable(String(decoding: bytes[start..<index], as: UTF8.self)))
                variableStart = nil
                textStart = index + 1
            }
        }
        guard variableStart == nil else { return nil }
        if bytes.count > textStart { pieces.append(.literal(String(decoding: bytes[textStart...], as: UTF8.self))) }
        return pieces
    }

    /// The variables in order of appearance; none for a malformed path.
    package static func variableNames(in path: String) -> [String] {
        (pieces(of: path) ?? []).compactMap { piece in
            if case .variable(let name) = piece { name } else { nil }
        }
    }
}
