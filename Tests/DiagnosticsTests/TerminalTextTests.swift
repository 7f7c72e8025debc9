import Diagnostics
import Testing

@Suite struct TerminalTextTests {
    @Test func controlsAreWrittenAsEscapes() {
        #expect(
            TerminalText.escapingControls("a\u{1B}[31mb\nc\u{7F}\u{85}\u{2028}")
                == "a\\u{1B}[31mb\\u{A}c\\u{7F}\\u{85}\\u{2028}"
        )
    }

    @Test func plainAndNonASCIITextIsUnchanged() {
        #expect(TerminalText.escapingControls("Opération réussie: 12 €") == "Opération réussie: 12 €")
    }

    @Test func aDiagnosticPrintsItsMessageEscaped() {
        let diagnostic = Diagnostic(.warning, "tag '\u{1B}]0;owned\u{7}' has no description")
        #expect(diagnostic.description == "warning: tag '\\u{1B}]0;owned\\u{7}' has no description")
    }
}
