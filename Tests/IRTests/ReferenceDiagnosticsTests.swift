import Diagnostics
import IR
import OpenAPIModel
import Testing

/// The IR reads `$ref` targets from the model's table; a dangling one is still reported at the `$ref` itself.
@Suite struct ReferenceDiagnosticsTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /a:
            post:
              parameters:
                - $ref: "#/components/parameters/Missing"
              requestBody:
                $ref: "#/paths/~1nowhere/requestBody"
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        properties:
                          a: {$ref: "#/paths/~1nowhere/schema"}
                          b: {$ref: "#/info"}
                "400":
                  $ref: "#/components/responses/Missing"
        """

    @Test func danglingReferencesAreReportedWhereTheyAreWritten() throws {
        let (document, modelDiagnostics) = DocumentParser.load(Array(Self.spec.utf8), file: "spec.yaml")
        #expect(modelDiagnostics.isEmpty)
        let (_, diagnostics) = IRBuilder.build(try #require(document))
        let warnings = diagnostics.filter { $0.severity == .warning }.map {
            "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.pointer?.description ?? "") \($0.message)"
        }
        #expect(
            warnings.sorted() == [
                "17:29 #/paths/~1a/post/responses/200/content/application~1json/schema/properties/a $ref '#/paths/~1nowhere/schema' points to nothing; read as free-form JSON",
                "18:29 #/paths/~1a/post/responses/200/content/application~1json/schema/properties/b $ref '#/info' points to something that is not a schema; read as free-form JSON",
                "20:17 #/paths/~1a/post/responses/400 response $ref '#/components/responses/Missing' points to nothing; skipped",
                "7:17 #/paths/~1a/post/parameters/0 parameter $ref '#/components/parameters/Missing' points to nothing; skipped",
                "9:15 #/paths/~1a/post/requestBody requestBody $ref '#/paths/~1nowhere/requestBody' points to nothing; the body is skipped",
            ]
        )
    }

    @Test func aSharedNonComponentParameterReachesEveryOperation() throws {
        let (document, _) = DocumentParser.load(
            Array(
                """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a:
                    get:
                      parameters: [{name: limit, in: query, schema: {type: integer}}]
                      responses: {"200": {description: ok}}
                  /b:
                    get:
                      parameters: [{$ref: "#/paths/~1a/get/parameters/0"}]
                      responses: {"200": {description: ok}}
                """.utf8
            ),
            file: "spec.yaml"
        )
        let doc = try #require(document)
        #expect(doc.references.parameters.count == 1)
        let (api, _) = IRBuilder.build(doc)
        let parameters = api.operations.map { $0.parameters.map { "\($0.name): \($0.type.display)" } }
        #expect(parameters == [["limit: integer"], ["limit: integer"]])
    }
}
