/// Compiled templates by name. Partials name other templates of the same library; every partial is
/// checked when the library is built, so rendering a known template cannot meet a missing one.
package struct TemplateLibrary: Sendable {
    private let templates: [String: [TemplateNode]]

    /// Partials may nest this deep: enough for any sane layout, and a template that includes itself
    /// forever gets an error instead of a stack overflow.
    static let maxPartialDepth = 1000

    package init(sources: [String: String]) throws(TemplateError) {
        var templates: [String: [TemplateNode]] = [:]
        for name in sources.keys.sorted() {
            templates[name] = try TemplateParser.parse(sources[name] ?? "", name: name)
        }
        for name in templates.keys.sorted() {
            if let missing = Self.firstMissingPartial(in: templates[name] ?? [], known: templates) {
                throw TemplateError(
                    template: name,
                    line: missing.at.line,
                    column: missing.at.column,
                    message: "no template named '\(missing.name)' for this partial"
                )
            }
        }
        self.templates = templates
    }

    package func contains(_ name: String) -> Bool { templates[name] != nil }

    package func render(_ name: String, context: TemplateValue) throws(TemplateError) -> String {
        guard let nodes = templates[name] else {
            throw TemplateError(template: name, line: 1, column: 1, message: "no template named '\(name)'")
        }
        var renderer = TemplateRenderer(templates: templates, stack: [TemplateRenderer.Frame(value: context)])
        var output: [UInt8] = []
        try renderer.render(nodes, template: name, depth: 0, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func firstMissingPartial(in nodes: [TemplateNode], known: [String: [TemplateNode]]) -> (
        name: String, at: TextLocation
    )? {
        for node in nodes {
            switch node {
            case .partial(let name, _, let at) where known[name] == nil:
                return (name, at)
            case .section(_, _, let body, _):
                if let missing = firstMissingPartial(in: body, known: known) { return missing }
            default:
                continue
            }
        }
        return nil
    }
}
