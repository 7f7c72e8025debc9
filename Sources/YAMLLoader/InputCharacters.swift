import Diagnostics

/// Checks the bytes before libyaml sees them, because libyaml reports encoding problems at 1:1:
/// invalid UTF-8 is an error at its real line and column; a character YAML forbids (C0 and C1 controls
/// but tab, newline, return and NEL; DEL; U+FFFE, U+FFFF) becomes U+FFFD under one located warning,
/// so a spec with mojibake in its descriptions still generates.
enum InputCharacters {
    struct Result {
        /// The bytes to parse: the input itself when nothing was replaced.
        var bytes: [UInt8]?
        var diagnostics: [Diagnostic] = []
    }

    static func check(_ input: UnsafeBufferPointer<UInt8>, file: String) -> Result {
        // UTF-16 and UTF-32 input (a byte-order mark) is libyaml's to decode.
        if input.count >= 2, (input[0] == 0xFF && input[1] == 0xFE) || (input[0] == 0xFE && input[1] == 0xFF) {
            return Result(bytes: nil)
        }
        var output: [UInt8] = []
        var replaced = 0
        var first: (location: SourceLocation, scalar: UInt32)?
        var line = 1
        var lineStart = 0
        var characterColumn = 1
        var index = 0
        var copiedUpTo = 0
        while index < input.count {
            let byte = input[index]
            if byte < 0x80 {
                if byte == 0x0A {
                    line += 1
                    characterColumn = 1
                    lineStart = index + 1
                    index += 1
                    continue
                }
                if byte >= 0x20 && byte != 0x7F || byte == 0x09 || byte == 0x0D {
                    characterColumn += 1
                    index += 1
                    continue
                }
            }
            let length = sequenceLength(input, at: index)
            guard length > 0 else {
                let location = SourceLocation(file: file, line: line, column: characterColumn)
                let message =
                    "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at byte \(index - lineStart + 1) of the line); save the file as UTF-8"
                return Result(bytes: nil, diagnostics: [Diagnostic(.error, message, at: location)])
            }
            let scalar = decode(input, at: index, length: length)
            if isForbidden(scalar) {
                if first == nil { first = (SourceLocation(file: file, line: line, column: characterColumn), scalar) }
                replaced += 1
                output.append(contentsOf: input[copiedUpTo..<index])
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                copiedUpTo = index + length
            }
            characterColumn += 1
            index += length
        }
        guard let first else { return Result(bytes: nil) }
        output.append(contentsOf: input[copiedUpTo...])
        let hex = String(first.scalar, radix: 16, uppercase: true)
        let message =
            "\(replaced) character(s) YAML forbids (control characters, first U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)) replaced with U+FFFD"
        return Result(bytes: output, diagnostics: [Diagnostic(.warning, message, at: first.location)])
    }

    /// 1 to 4 for a well-formed UTF-8 sequence at `index` (no overlongs, no surrogates), 0 otherwise.
    private static func sequenceLength(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = input[index]
        let (length, low, high): (Int, UInt8, UInt8)
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        default: return 0
        }
        guard index + length <= input.count, (low...high).contains(input[index + 1]) else { return 0 }
        for offset in 2..<max(2, length) where !(0x80...0xBF).contains(input[index + offset]) { return 0 }
        return length
    }

    private static func decode(_ input: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        guard length > 1 else { return UInt32(input[index]) }
        var scalar = UInt32(input[index]) & (0xFF >> (length + 1))
        for offset in 1..<length { scalar = scalar << 6 | UInt32(input[index + offset] & 0x3F) }
        return scalar
    }

    /// Outside YAML's printable set (YAML 1.2 §5.1); NEL (U+0085) is allowed.
    private static func isForbidden(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x0A, 0x0D, 0x85: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
