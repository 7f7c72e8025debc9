import Diagnostics
import Testing
import YAMLLoader

/// Encoding problems are located where they are; forbidden characters are replaced, not fatal; no spec
/// text reaches a terminal raw.
@Suite struct EncodingTests {
    @Test func invalidUTF8IsAnErrorAtItsLineAndColumn() {
        let bytes = Array("a: 1\nb: ok\nc: caf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        let loaded = YAMLLoader.load(bytes, file: "bad.yaml")
        #expect(loaded.root == nil)
        #expect(loaded.diagnostics.count == 1)
        #expect(loaded.diagnostics.first?.severity == .error)
        #expect(loaded.diagnostics.first?.message.hasPrefix("invalid UTF-8 (byte 0xE9") == true)
        #expect(loaded.diagnostics.first?.location == SourceLocation(file: "bad.yaml", line: 3, column: 7))
    }

    /// Mojibake (`Ã¢â‚¬â„¢` read back as C1 controls) and a stray escape: replaced with U+FFFD, one
    /// warning at the first one, the document still loads.
    @Test func forbiddenCharactersAreReplacedUnderOneLocatedWarning() throws {
        let loaded = YAMLLoader.load("a: 1\ndescription: it\u{0092}s caf\u{00E9} \u{1B}[31mred\n", file: "m.yaml")
        let root = try #require(loaded.root)
        #expect(loaded.diagnostics.map(\.severity) == [.warning])
        #expect(
            loaded.diagnostics.first?.message
                == "2 character(s) YAML forbids (control characters, first U+0092) replaced with U+FFFD"
        )
        #expect(loaded.diagnostics.first?.location == SourceLocation(file: "m.yaml", line: 2, column: 16))
        #expect(root["description"]?.scalar?.text == "it\u{FFFD}s caf\u{00E9} \u{FFFD}[31mred")
    }

    /// A JSON escape gets an ESC into a key; the diagnostic naming the key prints it escaped.
    @Test func diagnosticsEscapeControlCharacters() {
        let loaded = YAMLLoader.load(
            "{\"k\\u001b[2K\\rfake: error\": 1, \"k\\u001b[2K\\rfake: error\": 2}",
            file: "j.json"
        )
        let line = loaded.diagnostics.first?.description ?? ""
        #expect(line.contains("duplicate key 'k\\u{1B}[2K\\u{D}fake: error'"), "\(line)")
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
    }
}

/// One alias is one node however long its text: the byte bound is what stops 50 copies of a 2 MB string.
@Suite struct AliasBytesTests {
    @Test func aliasesOfAHugeStringHitTheByteBound() {
        let big = String(repeating: "x", count: 2 << 20)
        let aliases = (0..<50).map { _ in "  - *big" }.joined(separator: "\n")
        let loaded = YAMLLoader.load("base: &big \(big)\ncopies:\n\(aliases)\n", file: "bomb.yaml")
        #expect(loaded.root == nil)
        #expect(
            loaded.diagnostics.map(\.message) == [
                "aliases expand to more than 16 MB of text (an alias bomb?); loading stopped"
            ]
        )
        // The ninth 2 MB alias passes 16 MB: line 2 holds `copies:`, line 3 the first alias.
        #expect(loaded.diagnostics.first?.location == SourceLocation(file: "bomb.yaml", line: 3 + 8, column: 5))
    }
}
