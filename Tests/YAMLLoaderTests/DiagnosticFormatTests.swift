import Diagnostics
import Testing

@Suite struct DiagnosticFormatTests {
    @Test func fullDescription() {
        let diagnostic = Diagnostic(
            .warning,
            "something odd",
            at: SourceLocation(file: "spec/api.yaml", line: 12, column: 5),
            pointer: JSONPointer(["paths", "/users/{id}", "get"])
        )
        #expect(diagnostic.description == "spec/api.yaml:12:5: warning: something odd [#/paths/~1users~1{id}/get]")
    }

    @Test func withoutLocationOrPointer() {
        #expect(Diagnostic(.error, "boom").description == "error: boom")
        #expect(Diagnostic(.note, "fyi", pointer: JSONPointer()).description == "note: fyi [#]")
        #expect(
            Diagnostic(.error, "x", at: SourceLocation(file: "f", line: 1, column: 2)).description == "f:1:2: error: x"
        )
    }

    @Test func bagSortsByLocationThenOrder() {
        var bag = DiagnosticBag()
        bag.warning("late", at: SourceLocation(file: "f", line: 9, column: 1))
        bag.error("unlocated", at: nil)
        bag.note("early", at: SourceLocation(file: "f", line: 2, column: 7))
        bag.warning("early too", at: SourceLocation(file: "f", line: 2, column: 7))
        #expect(bag.sorted.map(\.message) == ["early", "early too", "late", "unlocated"])
        #expect(bag.hasErrors)
        #expect(bag.warnings.count == 2)
        #expect(bag.errors.map(\.message) == ["unlocated"])
        #expect(Diagnostic.Severity.note < .warning && Diagnostic.Severity.warning < .error)
    }
}
