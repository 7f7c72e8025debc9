import Foundation
import Testing
import YAMLLoader

@testable import Overlay

/// Overlays against the real Budgea spec, checked by resolving the changed nodes.
@Suite struct BudgeaOverlayTests {
    let spec: Node

    init() throws {
        let url = try specURL("biapi.pro-2.0.openapi.yaml")
        let loaded = YAMLLoader.load(Array(try Data(contentsOf: url)), file: url.lastPathComponent)
        spec = try #require(loaded.root)
    }

    private static let tokenSchema =
        "$.paths['/auth/token/code'].get.responses['200'].content['application/json'].schema"
    private static let connectionsForm =
        "$.paths['/users/{id_user}/connections'].post.requestBody.content['multipart/form-data'].schema.properties"

    private func node(_ path: String, in root: Node) throws -> Node? {
        let matches = try JSONPath(path).select(in: root)
        try #require(matches.count <= 1)
        return matches.first.flatMap { JSONPath.node(at: $0, in: root) }
    }

    @Test func updateMergesIntoTheTargetSchema() throws {
        #expect(
            render(try node(Self.tokenSchema + ".properties.type", in: spec))
                == "{description: the token type, type: object}"
        )
        let overlay = try parseOverlay(
            """
            overlay: 1.0.0
            info: {title: Budgea fixes, version: 1.0.0}
            actions:
              - target: "\(Self.tokenSchema).properties.type"
                update: {type: string}
            """
        )
        let result = OverlayApplier.apply(overlay, to: spec)
        #expect(result.diagnostics.isEmpty)
        // Merge: `type` changes, the sibling `description` survives.
        #expect(
            render(try node(Self.tokenSchema + ".properties.type", in: result.root))
                == "{description: the token type, type: string}"
        )
        #expect(render(try node(Self.tokenSchema + ".required", in: result.root)) == "[code, type, access, expires_in]")
    }

    /// Merging cannot drop keys. To replace a subtree outright, remove it, then update its parent.
    @Test func removeThenUpdateParentReplacesASubtree() throws {
        let overlay = try parseOverlay(
            """
            overlay: 1.0.0
            info: {title: Budgea fixes, version: 1.0.0}
            actions:
              - target: "\(Self.tokenSchema).properties.type"
                remove: true
              - target: "\(Self.tokenSchema).properties"
                update:
                  type:
                    type: string
                    enum: [standard, singleAccess, temporary]
            """
        )
        let result = OverlayApplier.apply(overlay, to: spec)
        #expect(result.diagnostics.isEmpty)
        #expect(
            render(try node(Self.tokenSchema + ".properties.type", in: result.root))
                == "{type: string, enum: [standard, singleAccess, temporary]}"
        )
        let keys = try node(Self.tokenSchema + ".properties", in: result.root)?.entries?.map(\.key)
        #expect(keys == ["access", "code", "expires_in", "type"])
        #expect(try node(Self.tokenSchema + ".type", in: result.root)?.string == "object")
    }

    @Test func addsAFormProperty() throws {
        #expect(try node(Self.connectionsForm, in: spec)?.entries?.map(\.key) == ["connector_uuid", "id_connector"])
        let overlay = try parseOverlay(
            """
            overlay: 1.0.0
            info: {title: Budgea fixes, version: 1.0.0}
            actions:
              - target: "\(Self.connectionsForm)"
                description: The form also takes the legacy bank id.
                update:
                  id_bank: {type: integer}
            """
        )
        let result = OverlayApplier.apply(overlay, to: spec)
        #expect(result.diagnostics.isEmpty)
        let properties = try #require(try node(Self.connectionsForm, in: result.root))
        #expect(properties.entries?.map(\.key) == ["connector_uuid", "id_connector", "id_bank"])
        #expect(render(properties["id_bank"]) == "{type: integer}")
        #expect(properties["id_connector"]?["type"]?.string == "integer")
        // Other operations on the same path are untouched.
        #expect(
            try node(
                "$.paths['/users/{id_user}/connections'].get.responses['200'].content['application/json'].schema.required",
                in: result.root
            ).map { render($0) } == "[connections]"
        )
    }

    @Test func aTypoInATargetIsLocatedInTheOverlay() throws {
        let overlay = try parseOverlay(
            """
            overlay: 1.0.0
            info: {title: Budgea fixes, version: 1.0.0}
            actions:
              - target: "$.paths['/users/{id_user}/conections'].post"
                update: {deprecated: true}
            """,
            file: "budgea.overlay.yaml"
        )
        let result = OverlayApplier.apply(overlay, to: spec)
        #expect(
            result.diagnostics.map(\.description) == [
                "budgea.overlay.yaml:4:13: error: the target '$.paths['/users/{id_user}/conections'].post' matches nothing in the document ('$.paths' matches, the step after it selects nothing) [#/actions/0/target]"
            ]
        )
    }
}
