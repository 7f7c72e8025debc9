/// Why rendering stopped; each is one complete diagnostic line naming the template or file at fault.
public enum RenderError: Error, CustomStringConvertible, Equatable {
    case manifest(String)
    case templateSyntax(name: String, file: String, line: Int, column: Int, message: String)
    case unknownTemplate(String)
    case unreadableTemplate(path: String)
    case view(String)

    public var description: String {
        switch self {
        case .manifest(let message): return message
        case .templateSyntax(let name, let file, let line, let column, let message):
            return "\(file):\(line):\(column): error: template '\(name)': \(message)"
        case .unknownTemplate(let name):
            return "error: the manifest names template '\(name)', which is neither built in nor in --templates"
        case .unreadableTemplate(let path): return "\(path): error: cannot read template"
        case .view(let message): return "error: a view could not be converted for the templates: \(message)"
        }
    }
}
