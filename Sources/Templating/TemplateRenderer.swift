/// Walks compiled templates against a stack of contexts.
struct TemplateRenderer {
    struct Frame {
        var value: TemplateValue
        /// Position in the list being looped over; `count` is 0 outside a list.
        var index = 0
        var count = 0
    }

    let templates: [String: [TemplateNode]]
    var stack: [Frame]

    /// Output is bytes: appending to a growing String checked its encoding flags on every one of ~70,000
    /// appends per Budgea run, a third of template expansion.
    mutating func render(_ nodes: [TemplateNode], template: String, depth: Int, into output: inout [UInt8])
        throws(TemplateError)
    {
        for node in nodes {
            switch node {
            case .text(let text):
                output.append(contentsOf: text.utf8)
            case .variable(let name, let at):
                if let value = try lookup(name, template: template, at: at) { Self.append(value, to: &output) }
            case .section(let name, let inverted, let body, let at):
                let value = try lookup(name, template: template, at: at)
                let truthy = value?.isTruthy ?? false
                if inverted {
                    if !truthy { try render(body, template: template, depth: depth, into: &output) }
                    continue
                }
                guard truthy, let value else { continue }
                switch value {
                case .list(let items):
                    for (index, item) in items.enumerated() {
                        stack.append(Frame(value: item, index: index, count: items.count))
                        try render(body, template: template, depth: depth, into: &output)
                        stack.removeLast()
                    }
                case .flag:
                    try render(body, template: template, depth: depth, into: &output)
                case .object, .text:
                    stack.append(Frame(value: value))
                    try render(body, template: template, depth: depth, into: &output)
                    stack.removeLast()
                }
            case .partial(let name, let indent, let at):
                guard depth < TemplateLibrary.maxPartialDepth else {
                    throw TemplateError(
                        template: template,
                        line: at.line,
                        column: at.column,
                        message:
                            "partials nest deeper than \(TemplateLibrary.maxPartialDepth) levels (does '\(name)' include itself?)"
                    )
                }
                let partial = templates[name] ?? []
                if indent.isEmpty {
                    try render(partial, template: name, depth: depth + 1, into: &output)
                } else {
                    var inner: [UInt8] = []
                    try render(partial, template: name, depth: depth + 1, into: &inner)
                    Self.appendIndented(inner, indent: indent, to: &output)
                }
            }
        }
    }

    /// nil when the value is absent (an optional the view left empty, or `first()` outside a list); a name that
    /// no context in scope declares is a typo or a stale template, so it is an error rather than empty text.
    private func lookup(_ name: TemplateName, template: String, at: TextLocation) throws(TemplateError)
        -> TemplateValue?
    {
        switch name {
        case .current:
            return stack.last?.value
        case .first, .last:
            guard let frame = stack.last(where: { $0.count > 0 }) else { return nil }
            return .flag(name == .first ? frame.index == 0 : frame.index == frame.count - 1)
        case .path(let parts):
            guard let head = parts.first else { return nil }
            var found: TemplateValue?
            for frame in stack.reversed() {
                if case .object(let fields) = frame.value, let value = fields[head] {
                    found = value
                    break
                }
            }
            guard var value = found else { throw unknownKey(head, template: template, at: at) }
            for part in parts.dropFirst() {
                guard case .object(let fields) = value else { return nil }
                guard let next = fields[part] else { throw unknownKey(part, template: template, at: at) }
                value = next
            }
            return value
        }
    }

    private func unknownKey(_ key: String, template: String, at: TextLocation) -> TemplateError {
        TemplateError(
            template: template,
            line: at.line,
            column: at.column,
            message: "unknown key '\(key)': no value in scope has it"
        )
    }

    private static func append(_ value: TemplateValue, to output: inout [UInt8]) {
        switch value {
        case .text(let text): output.append(contentsOf: text.utf8)
        case .flag(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .object: break
        }
    }

    /// Indents every non-empty line, so an indented partial renders as one indented block.
    /// Byte-wise: splitting by Character walked grapheme clusters, a tenth of template expansion.
    private static func appendIndented(_ text: [UInt8], indent: String, to output: inout [UInt8]) {
        var lineStart = text.startIndex
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
            if lineStart < lineEnd {
                output.append(contentsOf: indent.utf8)
                output.append(contentsOf: text[lineStart..<lineEnd])
            }
            guard lineEnd < text.endIndex else { return }
            output.append(UInt8(ascii: "\n"))
            lineStart = lineEnd + 1
        }
    }
}
