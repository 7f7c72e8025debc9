import Foundation
import GeneratorKit
import Testing

@Suite struct OperationListTests {
    /// `generate list` must name every Budgea operation exactly as users already know it.
    @Test func budgeaListEqualsSeedOperations() throws {
        let seed = try String(contentsOf: Paths.fixtures.appendingPathComponent("seed-operations.tsv"), encoding: .utf8)
        let expected = seed.split(separator: "\n").dropFirst().map(String.init)
        let loaded = SpecLoader.load(path: Paths.budgeaSpec)
        let api = try #require(loaded.api)
        let listed = OperationList.render(api).split(separator: "\n").map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).prefix(3).joined(separator: "\t")
        }
        #expect(listed.count == 167)
        #expect(listed == expected)
    }

    @Test func linesAreSortedAndCarryTheSummary() throws {
        let loaded = SpecLoader.load(path: Paths.budgeaSpec)
        let text = OperationList.render(try #require(loaded.api))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines == lines.sorted())
        #expect(lines.contains("connections.getBanks\tGET\t/banks\tGet list of connectors"))
    }

    @Test func summaryWithTabsAndLineBreaksStaysOneField() throws {
        let loaded = loadInlineSpec(
            """
            paths:
              /a:
                get:
                  summary: "one\ttwo\r\nthree\nfour"
                  responses: {"200": {description: ok}}
            """
        )
        let text = OperationList.render(try #require(loaded.api))
        #expect(text == "default.getA\tGET\t/a\tone two three four\n")
    }

    @Test func budgeaLoadsWithWarningsOnly() {
        let loaded = SpecLoader.load(path: Paths.budgeaSpec)
        #expect(loaded.api != nil)
        #expect(!loaded.diagnostics.contains { $0.severity == .error })
        #expect(loaded.diagnostics.filter { $0.message.contains("is not a media type") }.count == 38)
    }
}
