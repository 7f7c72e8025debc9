/// A compiled template: text and tags, with sections already nested.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplateName, at: TextLocation)
    case section(TemplateName, inverted: Bool, body: [TemplateNode], at: TextLocation)
    /// `indent` is the whitespace before a partial tag that stands alone on its line; every line the
    /// partial renders gets it.
    case partial(name: String, indent: String, at: TextLocation)
}

/// What a tag refers to.
enum TemplateName: Sendable, Equatable {
    /// `{{.}}`: the current context itself.
    case current
    /// `{{a.b}}`: `a` is looked up through the context stack, `b` inside it.
    case path([String])
    /// `{{#first()}}` / `{{^last()}}`: the position of the current element in the list being looped over.
    case first
    case last
}

/// A 1-based line and column in a template's text.
struct TextLocation: Sendable, Equatable {
    var line: Int
    var column: Int
}
