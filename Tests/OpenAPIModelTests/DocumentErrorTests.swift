import Diagnostics
import OpenAPIModel
import Testing

@Suite struct DocumentErrorTests {
    @Test func swagger2IsAnError() throws {
        let (document, diagnostics) = DocumentParser.load(
            Array("swagger: \"2.0\"\ninfo: {title: T}\n".utf8),
            file: "s.yaml"
        )
        #expect(document == nil)
        #expect(diagnostics.count == 1)
        let error = try #require(diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.message.hasPrefix("Swagger 2.0 documents are not supported"))
        #expect(error.line == 1)
        #expect(error.column == 10)
        #expect(error.pointerText == "#/swagger")
    }

    @Test func topLevelListIsAnError() {
        let (document, diagnostics) = DocumentParser.load(Array("- a\n- b\n".utf8), file: "s.yaml")
        #expect(document == nil)
        #expect(diagnostics.map(\.severity) == [.error])
        #expect(diagnostics.first?.message == "an OpenAPI document must be a mapping at the top level, not a list")
        #expect(diagnostics.first?.pointerText == "#")
        #expect(diagnostics.first?.line == 1)
    }

    @Test func loaderErrorStopsBeforeParsing() {
        let (document, diagnostics) = DocumentParser.load(Array("openapi: [3.0\n".utf8), file: "s.yaml")
        #expect(document == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("not valid YAML or JSON") == true)
    }

    @Test func missingVersionAndInfoWarn() throws {
        let (document, diagnostics) = DocumentParser.load(Array("paths: {}\n".utf8), file: "s.yaml")
        let doc = try #require(document)
        #expect(doc.openAPIVersion == "3.0.0")
        #expect(doc.info.title == "API")
        #expect(diagnostics.map(\.severity) == [.warning, .warning])
        #expect(diagnostics.map(\.pointerText) == ["#", "#/info"])
    }

    @Test func externalRefWarns() throws {
        let (document, diagnostics) = loadSpec(
            """
            components:
              schemas:
                A:
                  $ref: other.yaml#/X
                B:
                  $ref: "#/components/schemas/A"
            """
        )
        let schemas = try #require(document?.components.schemas)
        #expect(schemas[0].schema.reference?.raw == "other.yaml#/X")
        #expect(schemas[0].schema.reference?.target == nil)
        #expect(schemas[1].schema.reference?.target?.tokens == ["components", "schemas", "A"])
        #expect(diagnostics.count == 1)
        let warning = try #require(diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("'other.yaml#/X' points into another file"))
        #expect(warning.line == 8)
        #expect(warning.column == 13)
        #expect(warning.pointerText == "#/components/schemas/A/$ref")
    }
}
