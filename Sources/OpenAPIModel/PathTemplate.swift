/// A path such as `/users/{id_user}/accounts`, split into literal text and `{variable}`s.
/// The one place that reads path braces: the model validates with it, the IR builds paths from it.
public enum PathTemplate {
    public enum Piece: Equatable, Sendable {
        case literal(String)
        case variable(String)
    }

    /// `nil` when braces nest, are left open, close without opening, or enclose nothing.
    public static func pieces(of path: String) -> [Piece]? {
        var pieces: [Piece] = []
        var text = ""
        var variable: String?
        for character in path {
            switch character {
            case "{":
                guard variable == nil else { return nil }
                if !text.isEmpty { pieces.append(.literal(text)) }
                text = ""
                variable = ""
            case "}":
                guard let name = variable, !name.isEmpty else { return nil }
                pieces.append(.variable(name))
                variable = nil
            default:
                if variable != nil { variable?.append(character) } else { text.append(character) }
            }
        }
        guard variable == nil else { return nil }
        if !text.isEmpty { pieces.append(.literal(text)) }
        return pieces
    }

    /// The variables in order of appearance; none for a malformed path.
    public static func variableNames(in path: String) -> [String] {
        (pieces(of: path) ?? []).compactMap { piece in
            if case .variable(let name) = piece { name } else { nil }
        }
    }
}
