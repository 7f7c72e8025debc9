import OpenAPIModel
import Testing

/// Enum values, examples and defaults are the model's own values, read from the tree once.
@Suite struct JSONValueTests {
    @Test func enumValuesKeepTheirWrittenText() throws {
        let (schema, diagnostics) = loadSchema("enum: [a, \"1\", 2, 2.50, 0x1F, true, null, [x]]")
        #expect(
            schema?.enumValues == [
                .string("a"), .string("1"), .number("2"), .number("2.50"), .number("0x1F"), .bool(true), .null,
            ]
        )
        #expect(diagnostics.map(\.message) == ["enum value that is a list is not supported; skipped"])
        let values = try #require(schema?.enumValues)
        #expect(values.map(\.isInteger) == [false, false, true, false, false, false, false])
        #expect(values.map(\.int) == [nil, nil, 2, nil, 31, nil, nil])
        #expect(values.map(\.string) == ["a", "1", "2", "2.50", "0x1F", "true", nil])
    }

    @Test func examplesAreWholeValuesWithOrderedKeys() throws {
        let (schema, _) = loadSchema(
            """
            type: object
            example:
              zeta: 1234567.89
              alpha: [1, "two", {deep: ~}]
              when: 2021-08-23 10:35:44
            """
        )
        #expect(
            schema?.example
                == .object([
                    .init(key: "zeta", value: .number("1234567.89")),
                    .init(
                        key: "alpha",
                        value: .array([.number("1"), .string("two"), .object([.init(key: "deep", value: .null)])])
                    ),
                    .init(key: "when", value: .string("2021-08-23 10:35:44")),
                ])
        )
    }

    @Test func theFirstOfExamplesAndAFittingDefaultAreKept() throws {
        let (schema, diagnostics) = loadSchema("type: integer\ndefault: 10\nexamples: [3, 4]")
        #expect(schema?.defaultValue == .number("10"))
        #expect(schema?.example == .number("3"))
        #expect(diagnostics.isEmpty)
    }
}
