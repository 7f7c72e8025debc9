/// Splitting into words and joining them back as camel case, shared by every naming rule.
enum Words {
    /// ASCII-folded words: maximal runs of `[A-Za-z0-9]`; everything else separates.
    /// Case inside a word is kept, so existing camel case ("getUser") survives.
    static func split(_ raw: String) -> [String] {
        // Byte-wise: the folded text is ASCII, and Character iteration was most of the naming cost.
        var words: [String] = []
        var current: [UInt8] = []
        for byte in ASCIIFolding.fold(raw).utf8 {
            if isAlphanumeric(byte) {
                current.append(byte)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    // Everything below works on ASCII bytes: words come from `split` (or are spelled symbols), so they
    // are ASCII, and Character-level case tests were most of the naming cost.

    /// Joins words; a `_` goes between two digits so "1.5" gives "1_5", not "15".
    static func join(_ parts: [String]) -> String {
        var out: [UInt8] = []
        for part in parts where !part.isEmpty {
            if let last = out.last, isDigit(last), let first = part.utf8.first, isDigit(first) {
                out.append(UInt8(ascii: "_"))
            }
            out.append(contentsOf: part.utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func upperFirst(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard let first = bytes.first, isLower(first) else { return word }
        bytes[0] = first - 0x20
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lower-cases the leading capital run of a word, acronym-aware:
    /// "GetUser" -> "getUser", "URLPath" -> "urlPath", "IBAN" -> "iban", "PSD2Reg" -> "psd2Reg".
    /// When the run is followed by a lower-case letter, its last capital starts the next hump.
    /// A word with no lower-case letter at all is one acronym: "2FA" -> "2fa".
    static func lowerHead(_ word: String) -> String {
        var bytes = Array(word.utf8)
        var lowered: Int
        if !bytes.contains(where: isLower) {
            lowered = bytes.count
        } else {
            var run = 0
            while run < bytes.count, isUpper(bytes[run]) { run += 1 }
            guard run > 0 else { return word }
            lowered = run
            if run > 1, run < bytes.count, isLower(bytes[run]) { lowered = run - 1 }
        }
        for index in 0..<lowered where isUpper(bytes[index]) { bytes[index] += 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func upperCamel(_ words: [String]) -> String {
        join(words.map(upperFirst))
    }

    static func lowerCamel(_ words: [String]) -> String {
        guard let head = words.first else { return "" }
        return join([lowerHead(head)] + words.dropFirst().map(upperFirst))
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isUpper(byte) || isLower(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    /// Swift identifiers cannot start with a digit.
    static func guardLeadingDigit(_ identifier: String) -> String {
        if let first = identifier.first, first.isNumber { return "_" + identifier }
        return identifier
    }
}
