/// Splitting into words and joining them back as camel case, shared by every naming rule.
enum Words {
    /// ASCII-folded words: maximal runs of `[A-Za-z0-9]`; everything else separates.
    /// Case inside a word is kept, so existing camel case ("getUser") survives.
    static func split(_ raw: String) -> [String] {
        // Byte-wise: the folded text is ASCII, and Character iteration was most of the naming cost.
        var words: [String] = []
        var current: [UInt8] = []
        for byte in ASCIIFolding.fold(raw).utf8 {
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if isWordByte {
                current.append(byte)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Joins words; a `_` goes between two digits so "1.5" gives "1_5", not "15".
    static func join(_ parts: [String]) -> String {
        var out = ""
        for part in parts where !part.isEmpty {
            if let last = out.last, last.isNumber, let first = part.first, first.isNumber {
                out += "_"
            }
            out += part
        }
        return out
    }

    static func upperFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// Lower-cases the leading capital run of a word, acronym-aware:
    /// "GetUser" -> "getUser", "URLPath" -> "urlPath", "IBAN" -> "iban", "PSD2Reg" -> "psd2Reg".
    /// When the run is followed by a lower-case letter, its last capital starts the next hump.
    /// A word with no lower-case letter at all is one acronym: "2FA" -> "2fa".
    static func lowerHead(_ word: String) -> String {
        if !word.contains(where: \.isLowercase) { return word.lowercased() }
        let chars = Array(word)
        var run = 0
        while run < chars.count, chars[run].isUppercase { run += 1 }
        guard run > 0 else { return word }
        var lowered = run
        if run > 1, run < chars.count, chars[run].isLowercase { lowered = run - 1 }
        return String(chars[..<lowered]).lowercased() + String(chars[lowered...])
    }

    static func upperCamel(_ words: [String]) -> String {
        join(words.map(upperFirst))
    }

    static func lowerCamel(_ words: [String]) -> String {
        guard let head = words.first else { return "" }
        return join([lowerHead(head)] + words.dropFirst().map(upperFirst))
    }

    /// Swift identifiers cannot start with a digit.
    static func guardLeadingDigit(_ identifier: String) -> String {
        if let first = identifier.first, first.isNumber { return "_" + identifier }
        return identifier
    }
}
