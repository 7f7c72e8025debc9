import Diagnostics
import OpenAPIModel
import Testing
import YAMLLoader

@Suite struct ResolveTests {
    @Test func nodeResolvesPointers() throws {
        let loaded = YAMLLoader.load(
            """
            paths:
              /users/{id}:
                get:
                  tags: [a, b]
            "a/b~c": 1
            """,
            file: "t.yaml"
        )
        let root = try #require(loaded.root)
        let pointer = try #require(JSONPointer(fragment: "#/paths/~1users~1{id}/get"))
        let get = try #require(root.resolve(pointer))
        #expect(get.mark.line == 4)
        #expect(root.resolve(JSONPointer(["paths", "/users/{id}", "get", "tags", "1"]))?.string == "b")
        #expect(root.resolve(JSONPointer(["paths", "/users/{id}", "get", "tags", "2"])) == nil)
        #expect(root.resolve(JSONPointer(["paths", "/users/{id}", "get", "tags", "x"])) == nil)
        #expect(root.resolve(JSONPointer(["nope"])) == nil)
        let escaped = try #require(JSONPointer(fragment: "#/a~1b~0c"))
        #expect(root.resolve(escaped)?.int == 1)
        #expect(root.resolve(JSONPointer())?.entries?.count == 2)
    }

    @Test func documentResolvesReferencedParameter() throws {
        let (document, diagnostics) = loadSpec(
            """
            components:
              parameters:
                Id: {name: id, in: path, required: true, schema: {type: string}}
            paths:
              /u/{id}:
                get:
                  parameters:
                    - $ref: "#/components/parameters/Id"
                  responses: {"200": {description: ok}}
            """
        )
        #expect(diagnostics.isEmpty)
        let doc = try #require(document)
        let item = try #require(doc.paths.first?.operations.first?.parameters.first)
        let parameter = try #require(doc.parameter(item))
        #expect(parameter.name == "id")
        #expect(parameter.origin.pointer.description == "#/components/parameters/Id")
        #expect(parameter.origin.location.line == 7)
    }
}
