import GeneratorKit
import IR
import Testing

/// Parameter styles: the ones the client sends are kept; others fall back to the location's default with a
/// located warning, and an unknown style is a located warning, never a silent change of the wire format.
@Suite struct ParameterStyleTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Styles, version: '1'}
        paths:
          /items/{id}:
            get:
              operationId: getItem
              parameters:
                - {name: id, in: path, required: true, style: matrix, schema: {type: string}}
                - {name: tags, in: query, style: pipeDelimited, schema: {type: array, items: {type: string}}}
                - {name: filter, in: query, style: deepObject, schema: {type: string}}
                - {name: sort, in: query, style: sideways, schema: {type: string}}
              responses:
                '204': {description: done}
        """

    @Test func supportedStylesAreKeptOthersFallBackWithAWarning() throws {
        let loaded = SpecLoader.load(bytes: Array(Self.spec.utf8), file: "styles.yaml")
        let operation = try #require(loaded.api?.tags.first?.operations.first)
        let styles = Dictionary(uniqueKeysWithValues: operation.parameters.map { ($0.name, $0.style) })
        #expect(styles == ["id": .simple, "tags": .pipeDelimited, "filter": .form, "sort": .form])
        let warnings = loaded.diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(
            warnings.contains {
                $0.hasPrefix(
                    "styles.yaml:8:11: warning: path parameter 'id' has style matrix, which the client does not generate; it is sent as simple"
                )
            }
        )
        #expect(
            warnings.contains {
                $0.hasPrefix("styles.yaml:10:11: warning: query parameter 'filter' has style deepObject")
            }
        )
        #expect(warnings.contains { $0.hasPrefix("styles.yaml:11:42: warning: unknown parameter style 'sideways'") })
    }
}
