import Diagnostics
import Testing
import YAMLLoader

@testable import SwaggerConversion

@Suite struct DocumentTests {
    @Test func serversFromHostBasePathAndSchemes() throws {
        let both = try convert(
            "swagger: '2.0'\nhost: api.example.com\nbasePath: /v1\nschemes: [https, http]\npaths: {}\n"
        )
        #expect(render(both.root["servers"]) == "[{url: https://api.example.com/v1}, {url: http://api.example.com/v1}]")
        #expect(render(both.root["openapi"]) == "3.0.3")
        #expect(both.root["swagger"] == nil && both.root["host"] == nil)
        let noScheme = try convert("swagger: '2.0'\nhost: api.example.com\npaths: {}\n")
        #expect(render(noScheme.root["servers"]) == "[{url: //api.example.com}]")
        let relative = try convert("swagger: '2.0'\nbasePath: /v2\npaths: {}\n")
        #expect(render(relative.root["servers"]) == "[{url: /v2}]")
        #expect(try convert("swagger: '2.0'\npaths: {}\n").root["servers"] == nil)
    }

    @Test func componentsAndRefs() throws {
        let result = try convert(
            """
            swagger: '2.0'
            paths: {}
            definitions:
              Pet: {type: object, properties: {owner: {$ref: '#/definitions/User'}}, x-nullable: true}
              User: {type: object, discriminator: kind, properties: {kind: {type: string}}}
            parameters:
              limit: {in: query, name: limit, type: integer}
              payload: {in: body, name: payload, schema: {$ref: '#/definitions/Pet'}}
            responses:
              NotFound: {description: gone, schema: {$ref: '#/definitions/User'}}
            """
        )
        #expect(
            render(node(result.root, "components", "schemas", "Pet"))
                == "{type: object, properties: {owner: {$ref: #/components/schemas/User}}, nullable: true}"
        )
        #expect(render(node(result.root, "components", "schemas", "User", "discriminator")) == "{propertyName: kind}")
        // The body parameter is inlined where it is used: it is not a 3.0 parameter.
        #expect(
            render(node(result.root, "components", "parameters"))
                == "{limit: {in: query, name: limit, schema: {type: integer}}}"
        )
        #expect(
            render(node(result.root, "components", "responses", "NotFound"))
                == "{description: gone, content: {application/json: {schema: {$ref: #/components/schemas/User}}}}"
        )
        #expect(result.diagnostics.isEmpty)
    }

    @Test func securityDefinitions() throws {
        let result = try convert(
            """
            swagger: '2.0'
            paths: {}
            securityDefinitions:
              basic: {type: basic}
              key: {type: apiKey, name: X-Key, in: header}
              oauth: {type: oauth2, flow: accessCode, authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {read: r}}
            """
        )
        let schemes = node(result.root, "components", "securitySchemes")
        #expect(render(schemes?["basic"]) == "{type: http, scheme: basic}")
        #expect(render(schemes?["key"]) == "{type: apiKey, name: X-Key, in: header}")
        #expect(
            render(schemes?["oauth"])
                == "{type: oauth2, flows: {authorizationCode: {authorizationUrl: https://a, tokenUrl: https://t, scopes: {read: r}}}}"
        )
    }

    @Test func otherSwaggerVersionsAreOneLocatedError() throws {
        let loaded = YAMLLoader.load("info: {title: T}\nswagger: '1.2'\n", file: "old.json")
        let converted = SwaggerConverter.convert(try #require(loaded.root), file: "old.json")
        #expect(converted.root == nil)
        #expect(
            converted.diagnostics.map(\.description) == [
                "old.json:2:10: error: Swagger 1.2 documents are not supported; only Swagger 2.0 is converted to OpenAPI 3.0 [#/swagger]"
            ]
        )
    }

    @Test func jsonInputConvertsLikeYAML() throws {
        let json = try convert(
            #"{"swagger": "2.0", "paths": {"/a": {"get": {"produces": ["text/plain"], "responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}}}}"#,
            file: "s.json"
        )
        #expect(
            render(node(json.root, "paths", "/a", "get", "responses", "200"))
                == "{description: ok, content: {text/plain: {schema: {type: string}}}}"
        )
    }
}

/// The converted operation, which must exist.
private func required(_ result: (operation: Node?, diagnostics: [Diagnostic])) throws -> Node {
    try #require(result.operation)
}

@Suite struct OperationTests {
    private static func operation(_ body: String, globals: String = "") throws -> (
        operation: Node?, diagnostics: [Diagnostic]
    ) {
        let result = try convert(
            "swagger: '2.0'\n\(globals)paths:\n  /p:\n    post:\n"
                + body.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n") + "\n"
        )
        return (node(result.root, "paths", "/p", "post"), result.diagnostics)
    }

    @Test func bodyParameterBecomesRequestBodyPerConsumes() throws {
        let result = try Self.operation(
            """
            consumes: [application/json, application/xml]
            parameters:
              - {in: body, name: pet, required: true, description: the pet, x-internal: 1, schema: {$ref: '#/definitions/Pet'}}
            responses: {'204': {description: done}}
            """
        )
        #expect(
            render(result.operation?["requestBody"])
                == "{required: true, description: the pet, x-internal: 1, content: {application/json: {schema: {$ref: #/components/schemas/Pet}}, application/xml: {schema: {$ref: #/components/schemas/Pet}}}}"
        )
        #expect(result.operation?["parameters"] == nil && result.operation?["consumes"] == nil)
    }

    @Test func sharedBodyParameterIsInlined() throws {
        let result = try Self.operation(
            "parameters: [{$ref: '#/parameters/pet'}]\nresponses: {'204': {description: done}}",
            globals: "consumes: [application/json]\nparameters:\n  pet: {in: body, name: pet, schema: {type: object}}\n"
        )
        #expect(render(result.operation?["requestBody"]) == "{content: {application/json: {schema: {type: object}}}}")
    }

    @Test func formDataWithFileIsMultipart() throws {
        let result = try Self.operation(
            """
            parameters:
              - {in: formData, name: upload, type: file, required: true}
              - {in: formData, name: note, type: string, description: why}
            responses: {'204': {description: done}}
            """
        )
        #expect(
            render(result.operation?["requestBody"])
                == "{content: {multipart/form-data: {schema: {properties: {upload: {type: string, format: binary}, note: {type: string, description: why}}, required: [upload], type: object}}}, required: true}"
        )
    }

    @Test func formDataFollowsConsumes() throws {
        let result = try Self.operation(
            """
            consumes: [application/x-www-form-urlencoded]
            parameters:
              - {in: formData, name: tags, type: array, items: {type: string}, collectionFormat: multi}
            responses: {'204': {description: done}}
            """
        )
        #expect(
            render(node(try required(result), "requestBody", "content"))
                == "{application/x-www-form-urlencoded: {schema: {properties: {tags: {type: array, items: {type: string}}}, type: object}, encoding: {tags: {style: form, explode: true}}}}"
        )
    }

    @Test func collectionFormats() throws {
        let result = try Self.operation(
            """
            parameters:
              - {in: query, name: a, type: array, items: {type: string}}
              - {in: query, name: b, type: array, items: {type: string}, collectionFormat: ssv}
              - {in: query, name: c, type: array, items: {type: string}, collectionFormat: pipes}
              - {in: query, name: d, type: array, items: {type: string}, collectionFormat: multi}
              - {in: header, name: e, type: array, items: {type: string}, collectionFormat: csv}
            responses: {'204': {description: done}}
            """
        )
        let styles = (result.operation?["parameters"]?.items ?? []).map {
            "\(render($0["style"]))/\(render($0["explode"]))"
        }
        #expect(styles == ["form/false", "spaceDelimited/false", "pipeDelimited/false", "form/true", "<none>/<none>"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func tsvIsALocatedWarning() throws {
        let result = try Self.operation(
            """
            parameters:
              - in: query
                name: ids
                type: array
                items: {type: integer}
                collectionFormat: tsv
            responses: {'204': {description: done}}
            """
        )
        #expect(
            result.diagnostics.map(\.description) == [
                "swagger.yaml:10:29: warning: collectionFormat 'tsv' has no OpenAPI 3 form; sent comma-separated [#/paths/~1p/post/parameters/0/collectionFormat]"
            ]
        )
        #expect(render(result.operation?["parameters"]?.items?.first?["style"]) == "form")
    }

    @Test func unsupportedRefIsALocatedWarning() throws {
        let result = try Self.operation("responses:\n  '200': {description: ok, schema: {$ref: '#/paths/~1q'}}")
        #expect(
            result.diagnostics.map(\.description) == [
                "swagger.yaml:6:49: warning: $ref '#/paths/~1q' points to no Swagger 2.0 definition, parameter or response; kept as written [#/paths/~1p/post/responses/200/schema/$ref]"
            ]
        )
    }

    @Test func responsesUseProducesHeadersAndExamples() throws {
        let result = try Self.operation(
            """
            produces: [application/json, text/csv]
            responses:
              '200':
                description: ok
                headers: {X-Rate: {type: integer, description: left}}
                schema: {type: string, x-nullable: true}
                examples: {text/csv: 'a,b'}
                x-note: kept
            """
        )
        #expect(
            render(node(try required(result), "responses", "200"))
                == "{description: ok, headers: {X-Rate: {description: left, schema: {type: integer}}}, content: {application/json: {schema: {type: string, nullable: true}}, text/csv: {schema: {type: string, nullable: true}, example: a,b}}, x-note: kept}"
        )
    }

    @Test func convertedNodesKeepTheirOriginalMarks() throws {
        let result = try Self.operation(
            "parameters:\n  - {in: body, name: pet, schema: {type: object}}\nresponses: {'204': {description: done}}"
        )
        let schema = try #require(node(try required(result), "requestBody", "content", "application/json", "schema"))
        #expect((schema.mark.line, schema.mark.column) == (6, 41))
    }
}

@Suite struct ExampleTests {
    @Test func examplesWithoutMediaTypeKeysAreTheExampleItself() throws {
        let result = try convert(
            """
            swagger: '2.0'
            produces: [application/json]
            paths:
              /a:
                get:
                  responses:
                    '400': {description: bad, schema: {type: object}, examples: {code: 400}}
            """
        )
        #expect(
            render(node(result.root, "paths", "/a", "get", "responses", "400", "content"))
                == "{application/json: {schema: {type: object}, example: {code: 400}}}"
        )
        #expect(result.diagnostics.isEmpty)
    }
}
