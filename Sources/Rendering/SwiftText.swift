import Foundation

/// Makes spec text safe to place in Swift source: no spec can end a comment or a literal early.
package enum SwiftText {
    /// A string literal with quotes, e.g. `"id_user"`; backslashes, quotes and control characters escaped.
    package static func literal(_ text: String) -> String {
        // Most literals (JSON keys, media types, paths) are plain printable ASCII: nothing to escape.
        let plain = text.utf8.allSatisfy {
            $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\"")
        }
        if plain { return "\"" + text + "\"" }
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
    package static func docLines(_ texts: [String?]) -> [String] {
        var lines: [String] = []
        for text in texts.compactMap({ $0 }) {
            let cleaned = cleanProse(text)
            guard !cleaned.isEmpty else { continue }
            if !lines.isEmpty { lines.append("///") }
            // Byte-wise: splitting Characters was most of the cost of building the views.
            for line in cleaned.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                let trimmed = line.trimmingTrailingWhitespace()
                lines.append(trimmed.isEmpty ? "///" : "/// " + String(decoding: trimmed, as: UTF8.self))
            }
        }
        while lines.last == "///" { lines.removeLast() }
        return lines
    }

    /// One line of prose for a `- Parameter` bullet or a table cell.
    package static func singleLine(_ text: String?) -> String {
        guard let text else { return "" }
        if isPlainProse(text), !text.utf8.contains(UInt8(ascii: "\n")) {
            return String(decoding: text.utf8.trimmingTrailingWhitespace(), as: UTF8.self)
        }
        return cleanProse(text).utf8.split(separator: UInt8(ascii: "\n"))
            .map { String(decoding: $0.trimmingTrailingWhitespace(), as: UTF8.self) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    static func cleanProse(_ text: String) -> String {
        if isPlainProse(text) { return text }
        // Byte-wise in one pass: the scalar filter and substring searches it replaces were a tenth of a run.
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let length = lineBreakTagLength(bytes, at: index) {
                out.append(UInt8(ascii: "\n"))
                index += length
            } else if byte == UInt8(ascii: "\t") {
                out += Array("    ".utf8)
                index += 1
            } else if (byte < 0x20 && byte != UInt8(ascii: "\n")) || byte == 0x7F {
                index += 1
            } else if let length = invisibleLength(bytes, at: index) {
                index += length
            } else {
                out.append(byte)
                index += 1
            }
        }
        let first = out.firstIndex { $0 != UInt8(ascii: "\n") } ?? out.endIndex
        let last = out.lastIndex { $0 != UInt8(ascii: "\n") }.map { $0 + 1 } ?? first
        return String(decoding: out[first..<max(first, last)], as: UTF8.self)
    }

    /// `<br>`, `<br/>`, `<br />`: `<br` and a `>` at most two characters later.
    private static func lineBreakTagLength(_ bytes: [UInt8], at start: Int) -> Int? {
        guard start + 3 <= bytes.count, bytes[start + 1] == UInt8(ascii: "b"), bytes[start + 2] == UInt8(ascii: "r")
        else { return nil }
        var characters = 0
        var index = start + 3
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ">") { return index - start + 1 }
            if bytes[index] & 0xC0 != 0x80 { characters += 1 }  // continuation bytes belong to the previous character
            if characters > 2 { return nil }
            index += 1
        }
        return nil
    }

    /// The UTF-8 length of an invisible scalar (see `isInvisible`) starting at `index`, if one does.
    private static func invisibleLength(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        guard byte == 0xC2 || byte == 0xE2 || byte == 0xEF else { return nil }
        let length = byte == 0xC2 ? 2 : 3
        guard index + length <= bytes.count,
            let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars.first,
            isInvisible(scalar)
        else { return nil }
        return length
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

extension Collection<UInt8> {
    /// Without trailing spaces, tabs and carriage returns.
    func trimmingTrailingWhitespace() -> SubSequence {
        var end = startIndex
        var index = startIndex
        while index != endIndex {
            let byte = self[index]
            formIndex(after: &index)
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") { end = index }
        }
        return self[startIndex..<end]
    }
}

extension String {
    /// Replaces single ASCII bytes; returns the text itself when none occurs, which is the usual case.
    func replacingBytes(_ replacements: [UInt8: String]) -> String {
        guard utf8.contains(where: { replacements[$0] != nil }) else { return self }
        var result = ""
        for character in unicodeScalars {
            if character.isASCII, let replacement = replacements[UInt8(character.value)] {
                result += replacement
            } else {
                result.unicodeScalars.append(character)
            }
        }
        return result
    }
}

extension SwiftText {
    /// Text inside a doc comment's backticks; a backtick in the text would end the code span.
    package static func inlineCode(_ text: String) -> String {
        cleanProse(text).replacingBytes([UInt8(ascii: "`"): "'", UInt8(ascii: "\n"): " "])
    }
}

extension SwiftText {
    /// Prose for a Markdown page: kept as written, `<br>` as line breaks, control characters dropped.
    package static func markdown(_ text: String?) -> String {
        guard let text else { return "" }
        return cleanProse(text)
    }

    /// One Markdown table cell: a `|` or a line break in the text would break the table.
    package static func tableCell(_ text: String?) -> String {
        singleLine(text).replacingBytes([UInt8(ascii: "|"): "\\|"])
    }
}
