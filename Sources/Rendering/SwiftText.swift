import Foundation

/// Makes spec text safe to place in Swift source: no spec can end a comment or a literal early.
public enum SwiftText {
    /// A string literal with quotes, e.g. `"id_user"`; backslashes, quotes and control characters escaped.
    public static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || isInvisible(scalar) {
                    result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Documentation lines (`/// ...`) from prose; `<br>` becomes a line break, control characters are dropped.
    public static func docLines(_ texts: [String?]) -> [String] {
        var lines: [String] = []
        for text in texts.compactMap({ $0 }) {
            let cleaned = cleanProse(text)
            guard !cleaned.isEmpty else { continue }
            if !lines.isEmpty { lines.append("///") }
            lines += cleaned.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                let trimmed = line.trimmingTrailingWhitespace()
                return trimmed.isEmpty ? "///" : "/// " + trimmed
            }
        }
        while lines.last == "///" { lines.removeLast() }
        return lines
    }

    /// One line of prose for a `- Parameter` bullet or a table cell.
    public static func singleLine(_ text: String?) -> String {
        guard let text else { return "" }
        return cleanProse(text).split(separator: "\n").map { $0.trimmingTrailingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func cleanProse(_ text: String) -> String {
        if isPlainProse(text) { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "<br") {
            result += rest[rest.startIndex..<range.lowerBound]
            rest = rest[range.upperBound...]
            if let close = rest.firstIndex(of: ">"), rest.distance(from: rest.startIndex, to: close) <= 2 {
                rest = rest[rest.index(after: close)...]
                result += "\n"
            } else {
                result += "<br"
            }
        }
        result += rest
        let scalars = result.unicodeScalars.filter { scalar in
            scalar == "\n" || scalar == "\t" || !(scalar.value < 0x20 || scalar.value == 0x7F || isInvisible(scalar))
        }
        var cleaned = String(String.UnicodeScalarView(scalars)).replacingTabs()
        while cleaned.hasSuffix("\n") { cleaned.removeLast() }
        while cleaned.hasPrefix("\n") { cleaned.removeFirst() }
        return cleaned
    }

    /// Most descriptions need no cleaning: printable ASCII or ordinary Unicode, no `<br>`, no edge newlines.
    static func isPlainProse(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x80 || (byte < 0x20 && byte != 0x0A) || byte == 0x7F { return false }
            if byte == UInt8(ascii: "b") && previous == UInt8(ascii: "<") { return false }
            previous = byte
        }
        return text.utf8.first != 0x0A && text.utf8.last != 0x0A
    }

    /// Bidirectional controls and line separators would make code read differently from how it compiles.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0x85: return true
        default: return false
        }
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" || last == "\r" {
            end = index(before: end)
        }
        return String(self[..<end])
    }
}

extension String {
    func replacingTabs() -> String { split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ") }
}

extension SwiftText {
    /// Text inside a doc comment's backticks; a backtick in the text would end the code span.
    public static func inlineCode(_ text: String) -> String {
        cleanProse(text).replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "\n", with: " ")
    }
}

extension SwiftText {
    /// Prose for a Markdown page: kept as written, `<br>` as line breaks, control characters dropped.
    public static func markdown(_ text: String?) -> String {
        guard let text else { return "" }
        return cleanProse(text)
    }

    /// One Markdown table cell: a `|` or a line break in the text would break the table.
    public static func tableCell(_ text: String?) -> String {
        singleLine(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
