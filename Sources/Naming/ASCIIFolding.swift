import Foundation

/// Turns arbitrary Unicode into ASCII so every identifier is plain `[A-Za-z0-9_]`.
///
/// Policy (deterministic, documented once here):
/// - Format characters (category Cf: RLM/LRM, zero-width joiners, BOM, soft hyphen)
///   are removed without leaving a gap: they are invisible, so "ab\u{200F}c" is "abc".
/// - Everything else is NFKD-decomposed and combining marks are dropped
///   ("é" -> "e", "ﬁ" -> "fi", fullwidth "Ａ" -> "A").
/// - A few letters without a decomposition get a conventional spelling ("ß" -> "ss").
/// - Whatever is still non-ASCII becomes a space, i.e. a word separator.
enum ASCIIFolding {
    static func fold(_ raw: String) -> String {
        // Nearly every name in a spec is ASCII already; skip the Unicode work for those.
        if raw.utf8.allSatisfy({ $0 < 0x80 }) { return raw }
        let visible = String(
            String.UnicodeScalarView(
                raw.unicodeScalars.filter {
                    $0.properties.generalCategory != .format
                }
            )
        )
        var out = ""
        for scalar in visible.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else if isCombiningMark(scalar) {
                continue
            } else if let spelled = extraLetters[scalar] {
                out += spelled
            } else {
                out += " "
            }
        }
        return out
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Latin letters NFKD leaves alone; spelled the way people type them without a keyboard layout.
    private static let extraLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H",
    ]
}
