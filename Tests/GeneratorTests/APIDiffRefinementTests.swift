import Foundation
import GeneratorKit
import IR
import Rendering
import Testing

/// Optionality judged on the Swift type, wire renames, path renames, ordering, documentation and grouping.
@Suite struct APIDiffRefinementTests {
    private func api(_ paths: String, _ schemas: String = "{}") throws -> API {
        let loaded = loadInlineSpec("paths:\n\(paths)\ncomponents:\n  schemas: \(schemas)\n")
        return try #require(loaded.api, "\(loaded.diagnostics)")
    }

    private func lines(_ old: API, _ new: API, decoding: DecodingPolicy = .tolerant) -> [String] {
        APIDiff.changes(from: old, to: new, decoding: decoding).map { "\($0.breaking) \($0.subject): \($0.detail)" }
    }

    private func getUser(path: String = "/users/{id}", query: String = "q", response: String = "User") -> String {
        """
          \(path):
            get:
              tags: [Users]
              summary: One user
              parameters:
                - {name: id, in: path, required: true, schema: {type: integer}}
                - {name: \(query), in: query, schema: {type: string}}
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/\(response)'}}}}
        """
    }

    /// A webhook payload reaches no response but is decoded tolerantly all the same: its `id` going from
    /// `Int` to `Int?` breaks readers, as it does in a response.
    @Test func webhookPayloadIdentityBecomingOptionalIsBreaking() throws {
        let required = try api("  {}", "{Hook: {type: object, required: [id], properties: {id: {type: integer}}}}")
        let optional = try api("  {}", "{Hook: {type: object, properties: {id: {type: integer}}}}")
        #expect(lines(required, optional) == ["true Hook: property `id` became optional: `Int` -> `Int?`"])
    }

    /// Tolerant models store a required scalar as `T?` already: it becoming optional changes no Swift type.
    /// Strict models store it as `T`, so there it breaks.
    @Test func requiredScalarBecomingOptionalBreaksOnlyWhereTheSwiftTypeChanges() throws {
        let required = try api(
            getUser(),
            "{User: {type: object, required: [name], properties: {name: {type: string}}}}"
        )
        let optional = try api(getUser(), "{User: {type: object, properties: {name: {type: string}}}}")
        #expect(
            lines(required, optional) == ["false User: property `name` became optional (`String?` in Swift either way)"]
        )
        #expect(
            lines(required, optional, decoding: .strict) == [
                "true User: property `name` became optional: `String` -> `String?`"
            ]
        )
    }

    @Test func requiredArrayBecomingOptionalIsBreaking() throws {
        let required = try api(
            getUser(),
            "{User: {type: object, required: [tags], properties: {tags: {type: array, items: {type: string}}}}}"
        )
        let optional = try api(
            getUser(),
            "{User: {type: object, properties: {tags: {type: array, items: {type: string}}}}}"
        )
        #expect(lines(required, optional) == ["true User: property `tags` became optional: `[String]` -> `[String]?`"])
    }

    private let user = "{User: {type: object, required: [id], properties: {id: {type: integer}}}}"

    @Test func wireRenameKeepingTheSwiftNameShowsBothNames() throws {
        let result = lines(try api(getUser(query: "id_user"), user), try api(getUser(query: "idUser"), user))
        #expect(result == ["false users.getUsersId: query parameter `idUser` now sent as `idUser` (was `id_user`)"])
    }

    @Test func pathRenamedWithItsOperationUnchangedIsOneRenameLine() throws {
        let old = try api(getUser(path: "/psd2registrations/{id}"), user)
        let new = try api(getUser(path: "/psd2-registrations/{id}"), user)
        #expect(
            lines(old, new) == [
                "false users.getPsd2RegistrationsId: path `GET /psd2registrations/{id}` -> `GET /psd2-registrations/{id}`",
                "true users.getPsd2RegistrationsId: renamed from `users.getPsd2registrationsId`",
            ]
        )
    }

    /// `/psd2registrations/{id_psd2registration}` -> `/psd2-registrations/{id_psd2-registration}`: a path's
    /// parameters are positional, so the one left on each side is one parameter renamed.
    @Test func renamedPathParameterIsOneLine() throws {
        let old = try api(
            getUser(path: "/users/{id_user}").replacingOccurrences(of: "name: id,", with: "name: id_user,"),
            user
        )
        let new = try api(
            getUser(path: "/users/{user}").replacingOccurrences(of: "name: id,", with: "name: user,"),
            user
        )
        #expect(
            lines(old, new) == [
                "false users.getUsersUser: path `GET /users/{id_user}` -> `GET /users/{user}`",
                "true users.getUsersUser: path parameter `user` renamed from `idUser` (sent as `user`, was `id_user`)",
                "true users.getUsersUser: renamed from `users.getUsersIdUser`",
            ]
        )
    }

    /// `User.Address` after `User`: by Swift name, not by the rendered "`User.Address`" < "`User`".
    @Test func linesSortBySwiftName() throws {
        let old = try api(
            getUser(),
            "{User: {type: object, properties: {a: {type: object, properties: {x: {type: string}}}}}}"
        )
        let new = try api(
            getUser(),
            "{User: {type: object, properties: {a: {type: object, properties: {x: {type: string}, y: {type: string}}}, b: {type: string}}}}"
        )
        let markdown = Changelog.markdown(APIDiff.changes(from: old, to: new), old: "a", new: "b")
        let bullets = markdown.split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(
            bullets == ["- `User`: new optional property `b: String`", "- `User.A`: new optional property `y: String`"]
        )
    }

    @Test func documentationOnlyChangesAreOneLine() throws {
        let old = try api(
            getUser(),
            "{User: {type: object, description: old, properties: {name: {type: string, description: old}}}}"
        )
        let new = try api(
            getUser().replacingOccurrences(of: "One user", with: "A user"),
            "{User: {type: object, description: new, properties: {name: {type: string, description: new}}}}"
        )
        let changes = APIDiff.changes(from: old, to: new)
        #expect(changes.count == 3 && changes.allSatisfy { $0.kind == .documentation && !$0.breaking })
        let markdown = Changelog.markdown(changes, old: "a", new: "b")
        #expect(
            markdown.contains(
                "**0 breaking**, 0 non-breaking.\n\nDocumentation only: 3 description(s) or summary(ies) changed on 2 declaration(s).\n"
            )
        )
        #expect(!markdown.contains("- "))
    }

    @Test func theSameChangeOnSeveralOperationsIsOneLine() throws {
        let two = getUser() + "\n" + getUser(path: "/admins/{id}")
        let old = try api(two, user)
        let new = try api(
            two.replacingOccurrences(
                of: "{name: q, in: query, schema: {type: string}}",
                with: "{name: q, in: query, schema: {type: integer}}"
            ),
            user
        )
        let bullets = Changelog.markdown(APIDiff.changes(from: old, to: new), old: "a", new: "b").split(separator: "\n")
            .filter { $0.hasPrefix("- ") }
        #expect(bullets == ["- `users.getAdminsId`, `users.getUsersId` (2): query parameter `q` type String -> Int"])
    }
}
