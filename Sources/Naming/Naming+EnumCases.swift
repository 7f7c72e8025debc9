extension Naming {
    /// Enum case name from a raw value: lowerCamel.
    /// "SCARequired" -> "scaRequired", "action-needed" -> "actionNeeded", "1" -> "_1", "1.5" -> "_1_5".
    /// Readability choices:
    /// - "" -> "empty".
    /// - A leading sign before a letter or digit is spelled, so signed values and "-field" sort
    ///   keys stay distinct from their unsigned twins: "-1" -> "minus1", "+33" -> "plus33",
    ///   "-date" -> "minusDate".
    /// - A value with no letters or digits is spelled symbol by symbol: "+" -> "plus",
    ///   ">=" -> "greaterThanEquals", " " -> "space"; other characters as "u" + hex code point
    ///   ("€" -> "u20AC"), so purely non-Latin values stay distinct too.
    /// - "unknown" is reserved for the open-enum fallback case, so a raw "unknown" -> "unknownValue".
    package static func enumCaseName(_ raw: String) -> SwiftIdentifier {
        if raw.isEmpty { return SwiftIdentifier("empty") }
        var words = Words.split(raw)
        if words.isEmpty {
            words = spelledSymbols(raw)
        } else if let sign = leadingSign(raw) {
            words.insert(sign, at: 0)
        }
        var name = bounded(Words.guardLeadingDigit(Words.lowerCamel(words)))
        if name.isEmpty { return SwiftIdentifier("empty") }  // only invisible format characters
        if name == "unknown" { name = "unknownValue" }
        return SwiftIdentifier(name)
    }

    private static func leadingSign(_ raw: String) -> String? {
        let folded = Array(ASCIIFolding.fold(raw))
        guard folded.count > 1, folded[1].isASCII, folded[1].isLetter || folded[1].isNumber else { return nil }
        switch folded[0] {
        case "-": return "minus"
        case "+": return "plus"
        default: return nil
        }
    }

    private static func spelledSymbols(_ raw: String) -> [String] {
        raw.unicodeScalars
            .filter { $0.properties.generalCategory != .format }
            .map { symbolNames[$0] ?? codePointName($0) }
    }

    /// "u" + at least four upper-case hex digits, like the "U+20AC" notation.
    private static func codePointName(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static let symbolNames: [Unicode.Scalar: String] = [
        "+": "plus", "-": "minus", "*": "asterisk", "/": "slash", "\\": "backslash",
        "=": "equals", "<": "lessThan", ">": "greaterThan", "!": "exclamation", "?": "question",
        ".": "dot", ",": "comma", ":": "colon", ";": "semicolon", "_": "underscore",
        "#": "hash", "@": "at", "$": "dollar", "%": "percent", "&": "ampersand", "|": "pipe",
        "^": "caret", "~": "tilde", "'": "apostrophe", "\"": "quote", "`": "backtick",
        "(": "openParen", ")": "closeParen", "[": "openBracket", "]": "closeBracket",
        "{": "openBrace", "}": "closeBrace", " ": "space", "\t": "tab", "\n": "newline", "\r": "carriageReturn",
    ]
}
