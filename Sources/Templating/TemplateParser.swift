/// Compiles Mustache text: `{{name}}`, `{{{name}}}`, `{{&name}}` (all unescaped: the output is code),
/// `{{#section}}`, `{{^inverted}}`, `{{/section}}`, `{{! comment}}`, `{{> partial}}`. A section, comment or
/// partial tag alone on its line removes that line from the output, as the Mustache spec says.
struct TemplateParser {
    private let bytes: [UInt8]
    private let template: String

    static func parse(_ text: String, name: String) throws(TemplateError) -> [TemplateNode] {
        try TemplateParser(bytes: Array(text.utf8), template: name).parse()
    }

    private init(bytes: [UInt8], template: String) {
        self.bytes = bytes
        self.template = template
    }

    private struct OpenSection {
        var name: TemplateName
        var rawName: String
        var inverted: Bool
        var offset: Int
        var body: [TemplateNode] = []
    }

    private func parse() throws(TemplateError) -> [TemplateNode] {
        var stack = [OpenSection(name: .current, rawName: "", inverted: false, offset: 0)]
        var textStart = 0
        var cursor = 0
        func emit(_ node: TemplateNode) { stack[stack.count - 1].body.append(node) }
        func emitText(_ range: Range<Int>) {
            if !range.isEmpty { emit(.text(String(decoding: bytes[range], as: UTF8.self))) }
        }

        while let open = find([.openBrace, .openBrace], from: cursor) {
            let triple = open + 2 < bytes.count && bytes[open + 2] == .openBrace
            let contentStart = open + (triple ? 3 : 2)
            let closer: [UInt8] = triple ? [.closeBrace, .closeBrace, .closeBrace] : [.closeBrace, .closeBrace]
            guard let close = find(closer, from: contentStart) else {
                throw error(at: open, "tag is not closed: expected '\(String(decoding: closer, as: UTF8.self))'")
            }
            let tagEnd = close + closer.count
            var nameStart = contentStart
            var sigil: Character? = triple ? "&" : nil
            if !triple, nameStart < close, let found = Self.sigils[bytes[nameStart]] {
                sigil = found
                nameStart += 1
            }
            let rawName = trimmedText(nameStart..<close)

            var textEnd = open
            cursor = tagEnd
            var indent = ""
            if let sigil, "#^/>!=".contains(sigil), let line = standaloneLine(tagStart: open, tagEnd: tagEnd) {
                textEnd = line.start
                cursor = line.next
                indent = String(decoding: bytes[line.start..<open], as: UTF8.self)
            }
            emitText(textStart..<textEnd)
            textStart = cursor

            switch sigil {
            case "!":
                continue
            case "=":
                throw error(at: open, "changing delimiters is not supported")
            case ">":
                guard !rawName.isEmpty else { throw error(at: open, "partial tag without a template name") }
                emit(.partial(name: rawName, indent: indent, at: textLocation(open)))
            case "#", "^":
                stack.append(
                    OpenSection(
                        name: try name(rawName, at: open),
                        rawName: rawName,
                        inverted: sigil == "^",
                        offset: open
                    )
                )
            case "/":
                guard stack.count > 1, let section = stack.last else {
                    throw error(at: open, "'{{/\(rawName)}}' closes no open section")
                }
                guard section.rawName == rawName else {
                    throw error(
                        at: open,
                        "'{{/\(rawName)}}' closes '{{\(section.inverted ? "^" : "#")\(section.rawName)}}', opened at \(location(section.offset))"
                    )
                }
                stack.removeLast()
                emit(
                    .section(
                        section.name,
                        inverted: section.inverted,
                        body: section.body,
                        at: textLocation(section.offset)
                    )
                )
            default:
                emit(.variable(try name(rawName, at: open), at: textLocation(open)))
            }
        }
        emitText(textStart..<bytes.count)
        if stack.count > 1, let section = stack.last {
            throw error(
                at: section.offset,
                "section '\(section.rawName)' is never closed: expected '{{/\(section.rawName)}}'"
            )
        }
        return stack[0].body
    }

    private static let sigils: [UInt8: Character] = Dictionary(
        uniqueKeysWithValues: "#^/>!&=".utf8.map { ($0, Character(Unicode.Scalar($0))) }
    )

    /// The text of a tag between its sigil and its closing braces, without surrounding spaces and tabs.
    private func trimmedText(_ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == .space || bytes[lower] == .tab { lower += 1 }
        while upper > lower, bytes[upper - 1] == .space || bytes[upper - 1] == .tab { upper -= 1 }
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    private func name(_ raw: String, at offset: Int) throws(TemplateError) -> TemplateName {
        switch raw {
        case ".": return .current
        case "first()": return .first
        case "last()": return .last
        default:
            let parts = raw.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let valid = parts.allSatisfy { part in !part.isEmpty && part.unicodeScalars.allSatisfy(Self.isNameScalar) }
            guard valid else {
                throw error(
                    at: offset,
                    "'\(raw)' is not a name (letters, digits, '_' and '-', dotted; or '.', 'first()', 'last()')"
                )
            }
            return .path(parts)
        }
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "-" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The line around a tag when nothing else but spaces and tabs stands on it: where the line
    /// starts and where the text after it resumes (past its newline).
    private func standaloneLine(tagStart: Int, tagEnd: Int) -> (start: Int, next: Int)? {
        var start = tagStart
        while start > 0, bytes[start - 1] != .newline {
            guard bytes[start - 1] == .space || bytes[start - 1] == .tab else { return nil }
            start -= 1
        }
        var next = tagEnd
        while next < bytes.count, bytes[next] == .space || bytes[next] == .tab { next += 1 }
        if next == bytes.count { return (start, next) }
        if bytes[next] == .newline { return (start, next + 1) }
        if bytes[next] == .carriageReturn, next + 1 < bytes.count, bytes[next + 1] == .newline {
            return (start, next + 2)
        }
        return nil
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] {
                var offset = 1
                while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    private func location(_ offset: Int) -> String {
        let place = textLocation(offset)
        return "\(place.line):\(place.column)"
    }

    private func textLocation(_ offset: Int) -> TextLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == .newline {
            line += 1
            lineStart = index + 1
        }
        return TextLocation(line: line, column: String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
    }

    private func error(at offset: Int, _ message: String) -> TemplateError {
        let place = textLocation(offset)
        return TemplateError(template: template, line: place.line, column: place.column, message: message)
    }
}

extension UInt8 {
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
}
