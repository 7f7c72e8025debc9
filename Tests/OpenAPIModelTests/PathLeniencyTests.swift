import Diagnostics
import OpenAPIModel
import Testing

@Suite struct PathLeniencyTests {
    @Test func badPathKeysAreSkipped() throws {
        let (document, diagnostics) = loadSpec(
            """
            paths:
              users:
                get: {responses: {"200": {description: ok}}}
              /a/{b:
                get: {responses: {"200": {description: ok}}}
              /a/{{b}}:
                get: {responses: {"200": {description: ok}}}
              /ok/{id}:
                get: {responses: {"200": {description: ok}}}
            """
        )
        #expect(document?.paths.map(\.path) == ["/ok/{id}"])
        #expect(diagnostics.map(\.severity) == [.warning, .warning, .warning])
        #expect(diagnostics.map(\.line) == [6, 8, 10])
        #expect(diagnostics.map(\.column) == [3, 3, 3])
        #expect(diagnostics.map(\.pointerText) == ["#/paths/users", "#/paths/~1a~1{b", "#/paths/~1a~1{{b}}"])
        #expect(diagnostics[0].message == "path 'users' does not start with '/'; skipped")
        #expect(diagnostics[1].message.contains("unbalanced, nested or empty braces"))
        #expect(diagnostics[2].message.contains("unbalanced, nested or empty braces"))
    }

    @Test func optionalPathParameterIsRepaired() throws {
        let (document, diagnostics) = loadSpec(
            """
            paths:
              /u/{id}:
                get:
                  parameters:
                    - name: id
                      in: path
                      required: false
                      schema: {type: integer}
                  responses: {"200": {description: ok}}
            """
        )
        let operation = try #require(document?.paths.first?.operations.first)
        guard case .value(let parameter)? = operation.parameters.first else {
            Issue.record("expected an inline parameter")
            return
        }
        #expect(parameter.required)
        #expect(parameter.location == .path)
        #expect(parameter.schema?.type == "integer")
        #expect(diagnostics.map(\.message) == ["path parameter 'id' must be required; treated as required"])
        #expect(diagnostics.first?.line == 9)
        #expect(diagnostics.first?.pointerText == "#/paths/~1u~1{id}/get/parameters/0")
    }

    @Test func unknownParameterLocationIsSkipped() throws {
        let (document, diagnostics) = loadSpec(
            """
            paths:
              /u:
                parameters:
                  - {name: a, in: body}
                  - {name: b, in: query}
                get:
                  responses: {"200": {description: ok}}
            """
        )
        let item = try #require(document?.paths.first)
        #expect(item.parameters.count == 1)
        if case .value(let parameter)? = item.parameters.first {
            #expect(parameter.name == "b")
            #expect(parameter.required == false)
        } else {
            Issue.record("expected parameter b")
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("'in: body'") == true)
        #expect(diagnostics.first?.line == 8)
        #expect(diagnostics.first?.pointerText == "#/paths/~1u/parameters/0")
    }

    @Test func operationsKeepMethodAndOrder() throws {
        let (document, diagnostics) = loadSpec(
            """
            paths:
              /p:
                summary: s
                x-extra: 1
                post: {operationId: make, responses: {"201": {description: ok}}}
                GET: {responses: {default: {description: ok}}}
                bogus: 1
            """
        )
        let item = try #require(document?.paths.first)
        #expect(item.operations.map(\.method) == [.post, .get])
        #expect(item.operations.first?.operationId == "make")
        #expect(diagnostics.map(\.message) == ["unknown key 'bogus' in path item; ignored"])
        #expect(diagnostics.first?.line == 11)
    }
}
