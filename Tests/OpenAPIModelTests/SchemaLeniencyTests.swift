import Diagnostics
import OpenAPIModel
import Testing

@Suite struct SchemaLeniencyTests {
    @Test func requiredNamingMissingPropertyIsDropped() throws {
        let (schema, diagnostics) = loadSchema(
            """
            type: object
            properties:
              id:
                type: integer
            required:
              - id
              - ghost
            """
        )
        #expect(try #require(schema).required == ["id"])
        #expect(diagnostics.count == 1)
        let warning = try #require(diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "'required' names 'ghost', which is not a declared property; ignored")
        #expect(warning.line == 13)
        #expect(warning.pointerText == "#/components/schemas/S/required")
    }

    @Test func requiredIsKeptWhenComposed() throws {
        let (schema, diagnostics) = loadSchema(
            """
            allOf:
              - type: object
            required: [ghost]
            """
        )
        #expect(schema?.required == ["ghost"])
        #expect(diagnostics.isEmpty)
    }

    @Test func pythonReprDateTimeDefaultIsDropped() throws {
        let (schema, diagnostics) = loadSchema(
            """
            type: string
            format: date-time
            default: <function datetime.now at 0x7f>
            """
        )
        #expect(try #require(schema).defaultValue == nil)
        #expect(diagnostics.count == 1)
        let warning = try #require(diagnostics.first)
        #expect(warning.message == "default '<function datetime.now at 0x7f>' is not a valid date-time; ignored")
        #expect(warning.line == 10)
        #expect(warning.column == 16)
        #expect(warning.pointerText == "#/components/schemas/S/default")
    }

    @Test func validDefaultsAreKept() throws {
        let (schema, diagnostics) = loadSchema(
            """
            type: string
            format: date-time
            default: 2021-08-23 10:35:44.203796
            """
        )
        #expect(schema?.defaultValue?.string == "2021-08-23 10:35:44.203796")
        let integer = loadSchema("type: integer\ndefault: abc")
        #expect(integer.schema?.defaultValue == nil)
        #expect(integer.diagnostics.map(\.message) == ["default 'abc' is not a valid integer; ignored"])
        #expect(diagnostics.isEmpty)
    }

    @Test func typeListWithNullMeansNullable() throws {
        let (schema, diagnostics) = loadSchema("type: [string, \"null\"]\nformat: uuid")
        let s = try #require(schema)
        #expect(s.types == ["string"])
        #expect(s.type == "string")
        #expect(s.nullable)
        #expect(diagnostics.isEmpty)
    }

    @Test func typeListWithBareYAMLNullMeansNullable() throws {
        let (schema, diagnostics) = loadSchema("type: [integer, null]")
        #expect(schema?.types == ["integer"])
        #expect(schema?.nullable == true)
        #expect(diagnostics.isEmpty)
    }

    @Test func nullableFlag() throws {
        let (schema, _) = loadSchema("type: string\nnullable: true")
        #expect(schema?.nullable == true)
        #expect(schema?.types == ["string"])
    }

    @Test func booleanSchemas() throws {
        let (document, diagnostics) = loadSpec(
            """
            components:
              schemas:
                Anything: true
                Nothing: false
            """
        )
        let schemas = try #require(document?.components.schemas)
        #expect(schemas.map(\.name) == ["Anything", "Nothing"])
        #expect(schemas.allSatisfy { $0.schema.types.isEmpty && $0.schema.properties.isEmpty })
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("schema 'false'") == true)
        #expect(diagnostics.first?.line == 8)
        #expect(diagnostics.first?.pointerText == "#/components/schemas/Nothing")
    }

    @Test func constBecomesSingleEnumValue() throws {
        let (schema, diagnostics) = loadSchema("type: string\nconst: fixed")
        #expect(schema?.enumValues?.map(\.string) == ["fixed"])
        #expect(diagnostics.isEmpty)
    }

    @Test func unknownTypeWarns() throws {
        let (schema, diagnostics) = loadSchema("type: strnig")
        #expect(schema?.types == [])
        #expect(diagnostics.map(\.message) == ["unknown type 'strnig'; read as free-form JSON"])
        #expect(diagnostics.first?.pointerText == "#/components/schemas/S/type")
    }
}
