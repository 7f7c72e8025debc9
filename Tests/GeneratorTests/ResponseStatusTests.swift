import GeneratorKit
import IR
import Testing

/// Several 2xx responses make an enum (named in the IR, cases from Naming); one keeps the plain return.
@Suite struct ResponseStatusTests {
    private func operation(_ responses: String, method: String = "post") throws -> OperationDecl {
        let loaded = loadInlineSpec(
            """
            paths:
              /users/{id_user}/connections:
                \(method):
                  parameters: [{name: id_user, in: path, required: true, schema: {type: string}}]
                  responses:
            \(responses)
            components:
              schemas:
                Connection: {type: object, properties: {id: {type: integer}}}
            """
        )
        return try #require(loaded.api?.operations.first, "\(loaded.diagnostics)")
    }

    @Test(arguments: [
        ("200", ResponseStatus.code(200)), ("2XX", .range(2)), ("2xx", .range(2)), ("default", .default),
        ("DEFAULT", .default), ("404", .code(404)),
    ])
    func keysParse(key: String, status: ResponseStatus) {
        #expect(ResponseStatus(key: key) == status)
    }

    @Test(arguments: ["20", "600", "2X0", "abc", "", "6XX"])
    func otherKeysDoNot(key: String) {
        #expect(ResponseStatus(key: key) == nil)
    }

    @Test func onlyTwoHundredsAreSuccesses() {
        #expect(ResponseStatus.code(204).isSuccess)
        #expect(ResponseStatus.range(2).isSuccess)
        #expect(!ResponseStatus.code(302).isSuccess)
        #expect(!ResponseStatus.range(4).isSuccess)
        #expect(!ResponseStatus.default.isSuccess)
    }

    @Test func oneSuccessKeepsThePlainReturn() throws {
        let decl = try operation(
            """
                    "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Connection'}}}}
                    "400": {description: bad}
                    default: {description: error}
            """
        )
        #expect(decl.successEnum == nil)
        #expect(decl.success?.type == .named("Connection"))
    }

    @Test func severalSuccessesMakeAnEnumInStatusOrder() throws {
        let decl = try operation(
            """
                    "2XX": {description: other, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
                    "202": {description: pending, content: {application/json: {schema: {type: object, properties: {id: {type: integer}}}}}}
                    "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Connection'}}}}
                    "250": {description: unnamed}
                    "204": {description: none}
                    "400": {description: bad}
            """
        )
        let successEnum = try #require(decl.successEnum)
        #expect(successEnum.name == "PostUsersIdUserConnectionsResponse")
        #expect(successEnum.cases.map(\.name) == ["ok", "accepted", "noContent", "status250", "otherSuccess"])
        #expect(successEnum.cases.map(\.response.status.text) == ["200", "202", "204", "250", "2XX"])
        #expect(
            successEnum.cases.map(\.response.type) == [
                .named("Connection"), .named("PostUsersIdUserConnectionsResponse202"), nil, nil,
                .named("PostUsersIdUserConnectionsResponse2XX"),
            ]
        )
        #expect(decl.responses.map(\.status.text) == ["200", "202", "204", "250", "2XX", "400"])
    }

    @Test func aStatusDeclaredTwiceIsKeptOnce() throws {
        let loaded = loadInlineSpec(
            """
            paths:
              /a:
                get:
                  responses: {"2XX": {description: first}, "2xx": {description: second}, "200": {description: ok}}
            """
        )
        let decl = try #require(loaded.api?.operations.first)
        #expect(decl.responses.map(\.status.text) == ["200", "2XX"])
        #expect(decl.successEnum?.cases.map(\.name) == ["ok", "otherSuccess"])
        #expect(loaded.diagnostics.contains { $0.message == "response '2XX' is declared twice; the first one is kept" })
    }

    /// A schema already named like the operation's response: the enum moves aside, with a warning.
    @Test func enumNameNeverCollides() throws {
        let loaded = loadInlineSpec(
            """
            paths:
              /a:
                delete:
                  responses: {"200": {description: ok}, "202": {description: queued}}
            components:
              schemas:
                DeleteAResponse: {type: object, properties: {id: {type: integer}}}
            """
        )
        let decl = try #require(loaded.api?.operations.first)
        #expect(decl.successEnum?.name == "DeleteAResponse2")
        #expect(loaded.api?.types.map(\.name).contains("DeleteAResponse") == true)
        #expect(loaded.diagnostics.contains { $0.message.contains("'DeleteAResponse' is taken") })
    }

    @Test(arguments: ["get", "head", "delete"])
    func bodiesOnBodylessMethodsAreDroppedWithALocatedWarning(method: String) throws {
        let loaded = loadInlineSpec(
            """
            paths:
              /webauth:
                \(method):
                  requestBody:
                    content:
                      multipart/form-data: {schema: {type: object, properties: {state: {type: string}}}}
                  responses: {"204": {description: ok}}
            """
        )
        let decl = try #require(loaded.api?.operations.first)
        #expect(decl.body == nil)
        let warning = try #require(loaded.diagnostics.first { $0.message.contains("carries no body") })
        #expect(warning.message.hasPrefix("a \(method.uppercased()) request"))
        #expect(warning.location?.line == 7)
        #expect(warning.pointer?.description == "#/paths/~1webauth/\(method)/requestBody")
        // The dropped body's inline schema declares no type.
        #expect(loaded.api?.types.isEmpty == true)
    }

    @Test(arguments: ["post", "put", "patch"])
    func otherMethodsKeepTheirBody(method: String) throws {
        let loaded = loadInlineSpec(
            """
            paths:
              /a:
                \(method):
                  requestBody: {content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
                  responses: {"204": {description: ok}}
            """
        )
        #expect(loaded.api?.operations.first?.body != nil)
        #expect(!loaded.diagnostics.contains { $0.message.contains("carries no body") })
    }
}
