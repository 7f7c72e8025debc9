/// What a template can see. Views are converted to this once, so rendering never casts or reflects.
package enum TemplateValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Whether a section over this value renders: `false`, `""` and `[]` do not.
    var isTruthy: Bool {
        switch self {
        case .text(let text): return !text.isEmpty
        case .flag(let flag): return flag
        case .list(let items): return !items.isEmpty
        case .object: return true
        }
    }

    /// What an absent optional is: `false`, so a section over it renders nothing and a lookup does not
    /// climb to an outer context that happens to hold the same name.
    package static let absent = TemplateValue.flag(false)

    package static func texts(_ items: [String]) -> TemplateValue {
        .list(items.map(TemplateValue.text))
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByDictionaryLiteral {
    package init(stringLiteral value: String) { self = .text(value) }
    package init(booleanLiteral value: Bool) { self = .flag(value) }
    package init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
