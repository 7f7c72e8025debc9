import Diagnostics
import Foundation
import Testing
import YAMLLoader

@Suite struct LimitsTests {
    /// Billion laughs: 9 levels, each a list of 9 aliases to the level below.
    static let aliasBomb: String = {
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        var lines = ["a: &a [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ", ") + "]"]
        for (index, name) in names.enumerated().dropFirst() {
            let below = names[index - 1]
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(below)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func aliasBombStopsWithOneError() {
        let start = Date()
        let loaded = YAMLLoader.load(Self.aliasBomb, file: "bomb.yaml")
        let elapsed = Date().timeIntervalSince(start)
        #expect(loaded.root == nil)
        #expect(loaded.diagnostics.count == 1)
        let diagnostic = loaded.diagnostics.first
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.message.contains("alias") == true)
        #expect(diagnostic?.message.contains("1000000") == true)
        // Level g (line 7) is where the running total first passes one million nodes.
        #expect(diagnostic?.location?.file == "bomb.yaml")
        #expect(diagnostic?.location?.line == 7)
        #expect(diagnostic?.location?.column == 8)
        #expect(elapsed < 2, "took \(elapsed)s")
    }

    @Test func smallerExpansionLimitIsHonoured() {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n"
        let ok = YAMLLoader.load(text, file: "t.yaml", limits: LoaderLimits(maxAliasExpansion: 12))
        #expect(ok.diagnostics.isEmpty)
        #expect(ok.root?["b"]?.items?.count == 3)
        let stopped = YAMLLoader.load(text, file: "t.yaml", limits: LoaderLimits(maxAliasExpansion: 11))
        #expect(stopped.root == nil)
        #expect(stopped.diagnostics.map(\.severity) == [.error])
        #expect(stopped.diagnostics.first?.location?.column == 13)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 10_000)
        let loaded = YAMLLoader.load(text, file: "deep.json")
        #expect(loaded.root == nil)
        #expect(loaded.diagnostics.count == 1)
        let diagnostic = loaded.diagnostics.first
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.message.contains("nesting deeper than \(LoaderLimits.standard.maxDepth)") == true)
        #expect(
            diagnostic?.location
                == SourceLocation(file: "deep.json", line: 1, column: LoaderLimits.standard.maxDepth + 1)
        )
    }

    @Test func nestingAtTheLimitLoads() throws {
        let depth = 5
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let ok = YAMLLoader.load(text, file: "t.json", limits: LoaderLimits(maxDepth: depth))
        #expect(ok.diagnostics.isEmpty)
        var node = try #require(ok.root)
        var levels = 1
        while let first = node.items?.first {
            node = first
            levels += 1
        }
        #expect(levels == depth)
        let tooDeep = YAMLLoader.load("[" + text + "]", file: "t.json", limits: LoaderLimits(maxDepth: depth))
        #expect(tooDeep.root == nil)
        #expect(tooDeep.diagnostics.first?.location?.column == depth + 1)
    }
}
