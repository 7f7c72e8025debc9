import Diagnostics
import OpenAPIModel
import Testing

@Suite struct ContentKeyTests {
    @Test func contentKeyWithoutSlashIsSkipped() throws {
        let (document, diagnostics) = loadSpec(
            """
            paths:
              /x:
                get:
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: string
                        jwt_token:
                          examples: {}
            """
        )
        let operation = try #require(document?.paths.first?.operations.first)
        guard case .value(let response)? = operation.responses.first?.response else {
            Issue.record("expected an inline response")
            return
        }
        #expect(response.content.map(\.contentType) == ["application/json"])
        #expect(response.content.first?.schema?.type == "string")
        #expect(diagnostics.count == 1)
        let warning = try #require(diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "content type 'jwt_token' is not a media type (holds: examples); skipped")
        #expect(warning.line == 15)
        #expect(warning.column == 13)
        #expect(warning.pointerText == "#/paths/~1x/get/responses/200/content/jwt_token")
    }

    @Test func responseKeyThatIsNotAStatusIsSkipped() throws {
        let (document, diagnostics) = loadSpec(
            """
            paths:
              /x:
                get:
                  responses:
                    "2xx":
                      description: ok
                    oops:
                      description: bad
            """
        )
        #expect(document?.paths.first?.operations.first?.responses.map(\.status) == [.range(2)])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("response key 'oops'") == true)
        #expect(diagnostics.first?.line == 11)
        #expect(diagnostics.first?.pointerText == "#/paths/~1x/get/responses/oops")
    }
}
