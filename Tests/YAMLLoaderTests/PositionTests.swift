import Testing
import YAMLLoader

@Suite struct PositionTests {
    @Test func yamlScalarsKeysAndItems() throws {
        let root = try loadRoot(
            """
            openapi: 3.0.0
            info:
              title: "T"
            list:
              - a
              - b: 1
            """
        )
        #expect(root.lc == [1, 1])
        let entries = try #require(root.entries)
        #expect(entries.map(\.key) == ["openapi", "info", "list"])
        #expect(entries.map(\.keyLC) == [[1, 1], [2, 1], [4, 1]])
        #expect(entries[0].value.lc == [1, 10])
        let info = try #require(root["info"])
        #expect(info.lc == [3, 3])
        #expect(info.entries?.first?.keyLC == [3, 3])
        #expect(info["title"]?.lc == [3, 10])
        let items = try #require(root["list"]?.items)
        #expect(items.count == 2)
        #expect(items[0].lc == [5, 5])
        #expect(items[1].lc == [6, 5])
        #expect(items[1].entries?.first?.keyLC == [6, 5])
        #expect(items[1]["b"]?.lc == [6, 8])
    }

    @Test func jsonScalarsKeysAndItems() throws {
        let root = try loadRoot(
            """
            {
              "a": [1,
                "x"],
              "b": {"c": true}
            }
            """
        )
        #expect(root.lc == [1, 1])
        let entries = try #require(root.entries)
        #expect(entries.map(\.keyLC) == [[2, 3], [4, 3]])
        let list = try #require(root["a"])
        #expect(list.lc == [2, 8])
        #expect(list.items?.map(\.lc) == [[2, 9], [3, 5]])
        let b = try #require(root["b"])
        #expect(b.lc == [4, 8])
        #expect(b.entries?.first?.keyLC == [4, 9])
        #expect(b["c"]?.lc == [4, 14])
        #expect(b["c"]?.bool == true)
    }

    @Test func markConvertsToSourceLocation() {
        let location = Mark(line: 7, column: 3).location(in: "x.yaml")
        #expect(location.description == "x.yaml:7:3")
    }
}
