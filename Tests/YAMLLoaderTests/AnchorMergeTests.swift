import Diagnostics
import Testing
import YAMLLoader

@Suite struct AnchorMergeTests {
    @Test func aliasesResolveToTheAnchoredNode() throws {
        let loaded = YAMLLoader.load(
            """
            base: &b
              type: string
              format: uuid
            copy: *b
            scalar: &s hello
            again: *s
            """,
            file: "t.yaml"
        )
        #expect(loaded.diagnostics.isEmpty)
        let root = try #require(loaded.root)
        let copy = try #require(root["copy"])
        #expect(copy.entries?.map(\.key) == ["type", "format"])
        #expect(copy["format"]?.string == "uuid")
        // The alias node is located where the alias is written.
        #expect(copy.lc == [4, 7])
        #expect(root["again"]?.string == "hello")
        #expect(root["again"]?.lc == [6, 8])
    }

    @Test func unknownAliasIsAnError() {
        let loaded = YAMLLoader.load("a: *nowhere\n", file: "t.yaml")
        #expect(loaded.root == nil)
        #expect(loaded.diagnostics.count == 1)
        #expect(loaded.diagnostics.first?.severity == .error)
        #expect(loaded.diagnostics.first?.message == "alias *nowhere refers to no anchor")
        #expect(loaded.diagnostics.first?.location == Diagnostics.SourceLocation(file: "t.yaml", line: 1, column: 4))
    }

    @Test func mergeKeyCopiesMissingKeys() throws {
        let loaded = YAMLLoader.load(
            """
            base: &base
              a: 1
              b: 2
            derived:
              b: 3
              <<: *base
              c: 4
            """,
            file: "t.yaml"
        )
        #expect(loaded.diagnostics.isEmpty)
        let derived = try #require(loaded.root?["derived"])
        #expect(derived.entries?.map(\.key) == ["b", "a", "c"])
        #expect(derived["a"]?.int == 1)
        #expect(derived["b"]?.int == 3)
        #expect(derived["c"]?.int == 4)
    }

    @Test func explicitKeyAfterMergeOverridesMergedValue() throws {
        let loaded = YAMLLoader.load(
            """
            base: &base
              a: 1
              b: 2
            derived:
              <<: *base
              b: 3
            """,
            file: "t.yaml"
        )
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let derived = try #require(loaded.root?["derived"])
        #expect(derived.entries?.map(\.key) == ["a", "b"])
        #expect(derived["b"]?.int == 3)
        #expect(derived.entries?.last?.keyLC == [6, 3])
    }

    @Test func mergeListEarlierSourcesWin() throws {
        let root = try loadRoot(
            """
            x: &x {a: 1, b: 1}
            y: &y {b: 2, c: 2}
            z:
              <<: [*x, *y]
            """
        )
        let z = try #require(root["z"])
        #expect(z.entries?.map(\.key) == ["a", "b", "c"])
        #expect(z["b"]?.int == 1)
        #expect(z["c"]?.int == 2)
    }

    @Test func mergeOfScalarWarns() {
        let loaded = YAMLLoader.load("s: &s text\nm:\n  <<: *s\n  k: v\n", file: "t.yaml")
        #expect(loaded.root?["m"]?.entries?.map(\.key) == ["k"])
        #expect(loaded.diagnostics.count == 1)
        #expect(loaded.diagnostics.first?.severity == .warning)
        #expect(loaded.diagnostics.first?.message.contains("merge key (<<)") == true)
        #expect(loaded.diagnostics.first?.location?.line == 3)
        #expect(loaded.diagnostics.first?.location?.column == 3)
    }
}
