/// The server URL shown in generated doc examples: the spec's own first server, made absolute.
enum ExampleServerURL {
    static let placeholder = "https://api.example.com"

    /// `//host/base` (scheme-relative, as Budgea writes it) gets `https:`; a relative path goes under the
    /// placeholder host; a templated URL (`{region}`) or none at all is the placeholder.
    static func from(_ server: String?) -> String {
        guard let server, !server.isEmpty, !server.contains("{") else { return placeholder }
        if server.hasPrefix("//") { return "https:" + server }
        if server.hasPrefix("/") { return placeholder + server }
        if server.contains("://") { return server }
        return placeholder
    }
}
