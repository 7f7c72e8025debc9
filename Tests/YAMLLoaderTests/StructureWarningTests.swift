import Diagnostics
import Testing
import YAMLLoader

@Suite struct StructureWarningTests {
    @Test func duplicateKeyKeepsFirstAndWarns() throws {
        let loaded = YAMLLoader.load(
            """
            top:
              name: first
              other: 1
              name: second
            """,
            file: "t.yaml"
        )
        #expect(loaded.root?["top"]?["name"]?.string == "first")
        #expect(loaded.root?["top"]?.entries?.count == 2)
        #expect(loaded.diagnostics.count == 1)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message.contains("'name'"))
        #expect(diagnostic.message.contains("first at line 2"))
        #expect(diagnostic.location == SourceLocation(file: "t.yaml", line: 4, column: 3))
    }

    @Test func duplicateKeyInJSON() {
        let loaded = YAMLLoader.load("{\"a\": 1,\n \"a\": 2}", file: "t.json")
        #expect(loaded.root?["a"]?.int == 1)
        #expect(loaded.diagnostics.map(\.severity) == [.warning])
        #expect(loaded.diagnostics.first?.message.contains("duplicate key 'a' (first at line 1)") == true)
        #expect(loaded.diagnostics.first?.location?.line == 2)
        #expect(loaded.diagnostics.first?.location?.column == 2)
    }

    @Test func secondDocumentWarns() throws {
        let loaded = YAMLLoader.load("a: 1\n---\nb: 2\n", file: "t.yaml")
        let root = try #require(loaded.root)
        #expect(root.entries?.map(\.key) == ["a"])
        #expect(loaded.diagnostics.count == 1)
        #expect(loaded.diagnostics.first?.severity == .warning)
        #expect(loaded.diagnostics.first?.message.contains("more than one YAML document") == true)
        #expect(loaded.diagnostics.first?.location == SourceLocation(file: "t.yaml", line: 2, column: 1))
    }

    @Test func nonScalarKeyIsSkippedWithItsValue() throws {
        let loaded = YAMLLoader.load(
            """
            ? [a, b]
            : 1
            c: 2
            ? {x: y}
            : 3
            """,
            file: "t.yaml"
        )
        let root = try #require(loaded.root)
        #expect(root.entries?.map(\.key) == ["c"])
        #expect(root["c"]?.int == 2)
        #expect(loaded.diagnostics.count == 2)
        #expect(loaded.diagnostics.allSatisfy { $0.severity == .warning && $0.message.contains("must be a scalar") })
        #expect(loaded.diagnostics.map { $0.location?.line } == [1, 4])
        #expect(loaded.diagnostics.map { $0.location?.column } == [3, 3])
    }
}
