import Foundation
import GeneratorKit
import IR
import Rendering
import Testing

/// One synthetic pair per classification rule, plus the published Budgea history.
@Suite struct APIDiffTests {
    private func api(_ paths: String, _ schemas: String = "{}") throws -> API {
        let loaded = loadInlineSpec("paths:\n\(paths)\ncomponents:\n  schemas: \(schemas)\n")
        return try #require(loaded.api, "\(loaded.diagnostics)")
    }

    private func changes(_ old: API, _ new: API, decoding: DecodingPolicy = .tolerant) -> [APIChange] {
        APIDiff.changes(from: old, to: new, decoding: decoding)
    }

    private let getUser = """
          /users/{id}:
            get:
              tags: [Users]
              parameters:
                - {name: id, in: path, required: true, schema: {type: integer}}
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}
        """

    private func getUserWith(_ extra: String) -> String {
        getUser.replacingOccurrences(
            of: "        - {name: id, in: path, required: true, schema: {type: integer}}",
            with: "        - {name: id, in: path, required: true, schema: {type: integer}}\n" + extra
        )
    }

    private let user = "{User: {type: object, required: [id], properties: {id: {type: integer}, name: {type: string}}}}"

    @Test func identicalSpecsHaveNoChanges() throws {
        #expect(changes(try api(getUser, user), try api(getUser, user)).isEmpty)
    }

    @Test func removedOperationIsBreaking() throws {
        let result = changes(try api(getUser, user), try api("  {}", user))
        #expect(result.map(\.breaking) == [true])
        #expect(result.first?.subject == "users.getUsersId")
    }

    @Test func addedOperationIsNot() throws {
        let result = changes(try api("  {}", user), try api(getUser, user))
        #expect(result.map(\.breaking) == [false])
    }

    @Test func newRequiredParameterIsBreakingOptionalIsNot() throws {
        let required = changes(
            try api(getUser, user),
            try api(getUserWith("        - {name: q, in: query, required: true, schema: {type: string}}"), user)
        )
        #expect(required.map(\.breaking) == [true])
        let optional = changes(
            try api(getUser, user),
            try api(getUserWith("        - {name: q, in: query, schema: {type: string}}"), user)
        )
        #expect(optional.map(\.breaking) == [false])
    }

    @Test func narrowedParameterTypeIsBreaking() throws {
        let old = try api(getUserWith("        - {name: q, in: query, schema: {type: number}}"), user)
        let new = try api(getUserWith("        - {name: q, in: query, schema: {type: integer}}"), user)
        #expect(changes(old, new).map(\.detail) == ["query parameter `q` type Decimal -> Int"])
        #expect(changes(old, new).allSatisfy { $0.breaking })
    }

    @Test func responsePropertyBecomingOptionalIsBreakingRequiredIsNot() throws {
        let optionalID = "{User: {type: object, properties: {id: {type: integer}, name: {type: string}}}}"
        let loosened = changes(try api(getUser, user), try api(getUser, optionalID))
        #expect(loosened.map(\.breaking) == [true])
        #expect(loosened.first?.detail == "property `id` became optional: `Int` -> `Int?`")
        let tightened = changes(try api(getUser, optionalID), try api(getUser, user))
        #expect(tightened.map(\.breaking) == [false])
    }

    @Test func requestPropertyBecomingRequiredIsBreaking() throws {
        let post = """
              /users:
                post:
                  tags: [Users]
                  requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}
                  responses: {'204': {description: ok}}
            """
        let required =
            "{User: {type: object, required: [id, name], properties: {id: {type: integer}, name: {type: string}}}}"
        let result = changes(try api(post, user), try api(post, required))
        #expect(result.map(\.detail) == ["property `name` became required in a request: `String?` -> `String`"])
        #expect(result.allSatisfy { $0.breaking })
    }

    @Test func enumValuesAddedAndRemoved() throws {
        let old = try api("  {}", "{State: {type: string, enum: [a, b]}}")
        let new = try api("  {}", "{State: {type: string, enum: [b, c]}}")
        let result = changes(old, new)
        #expect(result.filter(\.breaking).map(\.detail) == ["enum value `a` removed (now decoded as `.unknown`)"])
        #expect(result.filter { !$0.breaking }.map(\.detail) == ["new enum value `c`"])
    }

    @Test func schemasAddedAndRemoved() throws {
        let result = changes(try api("  {}", "{A: {type: string}}"), try api("  {}", "{B: {type: string}}"))
        #expect(result.map { "\($0.breaking) \($0.detail)" } == ["true schema `A` removed", "false new schema `B`"])
    }

    /// A second 2xx response turns the result into an enum: breaking, and said in the Swift names users see.
    @Test func secondSuccessStatusIsBreaking() throws {
        let accepted = getUser.replacingOccurrences(
            of: "        '200': {description: ok",
            with: "        '202': {description: pending}\n        '200': {description: ok"
        )
        let result = changes(try api(getUser, user), try api(accepted, user))
        #expect(result.map(\.detail) == ["result type User -> GetUsersIdResponse"])
        #expect(result.allSatisfy { $0.breaking })
        let same = changes(try api(accepted, user), try api(accepted, user))
        #expect(same.isEmpty)
    }

    /// Every published Budgea version diffs against the current one without error, in both directions.
    @Test func budgeaHistoryAgainstCurrent() throws {
        let history = Paths.fixtures.appendingPathComponent("spec-history")
        let files = try FileManager.default.contentsOfDirectory(atPath: history.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        #expect(files.count == 3)
        let current = try #require(SpecLoader.load(path: Paths.budgeaSpec).api)
        for file in files {
            let old = try #require(SpecLoader.load(path: history.appendingPathComponent(file).path).api)
            let forward = APIDiff.changes(from: old, to: current)
            #expect(!forward.isEmpty, "\(file) should differ from the current spec")
            let markdown = Changelog.markdown(forward, old: file, new: "current")
            #expect(markdown.contains("breaking"))
            // Going back removes what going forward added, so additions and removals swap.
            let backward = APIDiff.changes(from: current, to: old)
            #expect(forward.filter { $0.kind == .added }.count == backward.filter { $0.kind == .removed }.count)
        }
    }

    @Test func march2021ToCurrentKnownChanges() throws {
        let old = try #require(
            SpecLoader.load(
                path: Paths.fixtures.appendingPathComponent(
                    "spec-history/biapi.pro-2.0.2021-03-09-16bb67e34.openapi.yaml"
                ).path
            ).api
        )
        let current = try #require(SpecLoader.load(path: Paths.budgeaSpec).api)
        let details = APIDiff.changes(from: old, to: current).map { "\($0.breaking) \($0.subject) \($0.detail)" }
        #expect(details.contains("true timeline.getConnectorsStatus operation `GET /connectors/status` removed"))
        #expect(details.contains("false IdentityInfo new schema `IdentityInfo`"))
    }
}
