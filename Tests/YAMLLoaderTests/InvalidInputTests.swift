import Diagnostics
import Testing
import YAMLLoader

@Suite struct InvalidInputTests {
    /// Loads text that must fail and returns its single diagnostic.
    private func singleError(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        let loaded = YAMLLoader.load(text, file: "bad.yaml")
        #expect(loaded.root == nil, sourceLocation: sourceLocation)
        #expect(loaded.diagnostics.count == 1, "\(loaded.diagnostics)", sourceLocation: sourceLocation)
        #expect(loaded.diagnostics.first?.severity == .error, sourceLocation: sourceLocation)
        return loaded.diagnostics.first
    }

    @Test func unclosedFlowSequence() {
        let diagnostic = singleError("a: [1, 2\n")
        #expect(diagnostic?.message.hasPrefix("not valid YAML or JSON: ") == true)
        #expect(diagnostic?.message.contains("while parsing a flow sequence at line 1, column 4") == true)
        #expect(diagnostic?.location == SourceLocation(file: "bad.yaml", line: 2, column: 1))
    }

    @Test func tabIndentedMapping() {
        let diagnostic = singleError("a:\n\tb: 1\n")
        #expect(diagnostic?.message.hasPrefix("not valid YAML or JSON: ") == true)
        #expect(diagnostic?.location == SourceLocation(file: "bad.yaml", line: 2, column: 1))
    }

    @Test func unterminatedQuotedScalar() {
        let diagnostic = singleError("ok: 1\nkey: \"unterminated\n")
        #expect(diagnostic?.message.hasPrefix("not valid YAML or JSON: ") == true)
        #expect(diagnostic?.message.contains("quoted scalar at line 2, column 6") == true)
        #expect(diagnostic?.location?.line == 3)
    }

    @Test func brokenJSON() {
        let diagnostic = singleError("{\n  \"a\": 1,\n  \"b\" 2\n}\n")
        #expect(diagnostic?.message.hasPrefix("not valid YAML or JSON: ") == true)
        #expect(diagnostic?.location?.line == 3)
    }

    @Test func emptyFileIsAnError() {
        let diagnostic = singleError("")
        #expect(diagnostic?.message.contains("empty") == true)
        #expect(diagnostic?.location == SourceLocation(file: "bad.yaml", line: 1, column: 1))
    }

    @Test func commentOnlyFileIsAnError() {
        let diagnostic = singleError("# nothing here\n\n")
        #expect(diagnostic?.message.contains("no YAML document") == true)
        #expect(diagnostic?.location?.line == 1)
    }
}
