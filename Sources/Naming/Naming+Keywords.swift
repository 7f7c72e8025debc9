extension Naming {
    /// Swift keywords of every context, plus contextual ones that are keywords somewhere.
    /// Over-escaping is harmless (any identifier may be written in backticks), under-escaping
    /// breaks the build, so the list errs on the wide side.
    package static let swiftKeywords: Set<String> = [
        // Declarations
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension",
        "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open",
        "operator", "package", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var",
        // Statements
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "switch", "throw", "where", "while",
        // Expressions and types
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true",
        "try", "Type", "Protocol", "_",
        // Contextual keywords
        "actor", "any", "associativity", "async", "consume", "convenience", "copy", "didSet",
        "discard", "dynamic", "each", "final", "get", "indirect", "infix", "isolated", "lazy",
        "left", "macro", "mutating", "none", "nonmutating", "optional", "override", "postfix",
        "precedence", "prefix", "required", "right", "sending", "set", "some", "then", "unowned",
        "weak", "willSet",
    ]
}
