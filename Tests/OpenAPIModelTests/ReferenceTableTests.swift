import Diagnostics
import OpenAPIModel
import Testing

/// Every `$ref` target is parsed once by the model, into `Document.references`, and looked up at each use.
@Suite struct ReferenceTableTests {
    @Test func aNonComponentTargetIsParsedOnceAndServesEveryUse() throws {
        let (document, diagnostics) = loadSpec(
            """
            paths:
              /a:
                get:
                  parameters:
                    - {name: q, in: query, schema: {type: string}}
                  responses: {"200": {description: ok}}
              /b:
                get:
                  parameters: [{$ref: "#/paths/~1a/get/parameters/0"}]
                  responses: {"200": {description: ok}}
              /c:
                get:
                  parameters: [{$ref: "#/paths/~1a/get/parameters/0"}]
                  responses: {"200": {description: ok}}
            """
        )
        #expect(diagnostics.isEmpty)
        let doc = try #require(document)
        let target = try #require(JSONPointer(fragment: "#/paths/~1a/get/parameters/0"))
        #expect(Array(doc.references.parameters.keys) == [target])
        let uses = doc.paths.dropFirst().compactMap { $0.operations.first?.parameters.first }
        #expect(uses.count == 2)
        for use in uses {
            guard case .reference(let reference) = use else {
                Issue.record("expected a $ref")
                continue
            }
            #expect(reference.target == target)
            let parameter = try #require(doc.parameter(use))
            #expect(parameter.name == "q")
            #expect(parameter.origin.pointer == target)
            #expect(parameter.origin.location.line == 9)
        }
    }

    @Test func componentsAreInTheTableAndADuplicateKeyResolvesToTheFirst() throws {
        let (document, _) = loadSpec(
            """
            components:
              parameters:
                Id: {name: first, in: query}
                Id: {name: second, in: query}
                Unused: {name: unused, in: header}
              responses:
                NotFound: {description: gone}
            paths:
              /a:
                get:
                  parameters: [{$ref: "#/components/parameters/Id"}]
                  responses: {"404": {$ref: "#/components/responses/NotFound"}}
            """
        )
        let doc = try #require(document)
        let operation = try #require(doc.paths.first?.operations.first)
        #expect(doc.parameter(try #require(operation.parameters.first))?.name == "first")
        #expect(doc.response(try #require(operation.responses.first?.response))?.description == "gone")
        #expect(operation.responses.first?.status == .code(404))
        let unused = try #require(JSONPointer(fragment: "#/components/parameters/Unused"))
        #expect(doc.references.parameters[unused]?.name == "unused")
    }

    @Test func targetsInsideTargetsAreResolvedAndADanglingRefHasNoEntry() throws {
        let (document, _) = loadSpec(
            """
            x-shared:
              outer:
                schema: {properties: {inner: {$ref: "#/x-shared/inner/schema"}}}
              inner:
                schema: {type: integer}
            paths:
              /a:
                get:
                  parameters:
                    - {name: p, in: query, schema: {$ref: "#/x-shared/outer/schema"}}
                    - $ref: "#/components/parameters/Missing"
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: "#/info"}
            """
        )
        let doc = try #require(document)
        let outer = try #require(JSONPointer(fragment: "#/x-shared/outer/schema"))
        let inner = try #require(JSONPointer(fragment: "#/x-shared/inner/schema"))
        let info = try #require(JSONPointer(fragment: "#/info"))
        guard case .schema(let outerSchema)? = doc.references.schemas[outer],
            case .schema(let innerSchema)? = doc.references.schemas[inner]
        else {
            Issue.record("targets not resolved: \(doc.references.schemas.keys)")
            return
        }
        #expect(outerSchema.properties.first?.schema.reference?.target == inner)
        #expect(innerSchema.type == "integer")
        guard case .notASchema? = doc.references.schemas[info] else {
            Issue.record("#/info should be recorded as not a schema")
            return
        }
        let missing = try #require(doc.paths.first?.operations.first?.parameters.last)
        #expect(doc.parameter(missing) == nil)
        #expect(doc.references.parameters.isEmpty)
    }
}
