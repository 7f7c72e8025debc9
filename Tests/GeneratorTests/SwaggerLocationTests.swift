import Diagnostics
import GeneratorKit
import Testing

/// A Swagger 2.0 spec goes through the whole pipeline, and the model's and IR's warnings point into it
/// (line:col of the Swagger file; the pointer names the place in its OpenAPI 3.0 form, as known-defects match).
@Suite struct SwaggerLocationTests {
    static let spec = """
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths:
          /pets:
            get:
              parameters:
                - {in: query, name: ids, type: array, items: {type: integer}, collectionFormat: tsv}
              responses:
                "200":
                  description: ok
                  schema: {$ref: "#/definitions/Pet"}
        definitions:
          Pet:
            type: object
            properties:
              age: {type: integer, default: old}
        """

    @Test func laterStagesReportTheOriginalLineAndColumn() throws {
        let loaded = SpecLoader.load(bytes: Array(Self.spec.utf8), file: "pets.json")
        #expect(loaded.sourceFormat == .swagger2)
        let api = try #require(loaded.api)
        #expect(api.operations.count == 1)
        #expect(
            loaded.diagnostics.map(\.description) == [
                "pets.json:7:89: warning: collectionFormat 'tsv' has no OpenAPI 3 form; sent comma-separated [#/paths/~1pets/get/parameters/0/collectionFormat]",
                "pets.json:16:37: warning: default 'old' is not a valid integer; ignored [#/components/schemas/Pet/properties/age/default]",
                "pets.json:1:1: note: the spec declares no securitySchemes; use BearerTokenMiddleware (or your own middleware) if the API needs a token [#/components]",
            ]
        )
    }
}
