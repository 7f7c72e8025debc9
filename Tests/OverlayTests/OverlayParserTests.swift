import Diagnostics
import Testing
import YAMLLoader

@testable import Overlay

@Suite struct OverlayParserTests {
    private func parse(_ yaml: String) throws -> (overlay: Overlay?, diagnostics: [Diagnostic]) {
        OverlayParser.parse(try loadNode(yaml, file: "o.yaml"), file: "o.yaml")
    }

    @Test func readsAValidOverlay() throws {
        let overlay = try parseOverlay(
            """
            overlay: 1.0.0
            info:
              title: Fix Budgea
              version: 1.2.0
            extends: https://example.com/openapi.yaml
            actions:
              - target: $.info
                description: Retitle
                update:
                  title: New
              - target: "$.paths['/x'].get"
                remove: true
            """
        )
        #expect(overlay.title == "Fix Budgea")
        #expect(overlay.version == "1.2.0")
        #expect(overlay.extends == "https://example.com/openapi.yaml")
        #expect(overlay.file == "overlay.yaml")
        #expect(overlay.actions.count == 2)
        let first = try #require(overlay.actions.first)
        #expect(first.targetText == "$.info")
        #expect(first.description == "Retitle")
        #expect(first.remove == false)
        #expect(render(first.update) == "{title: New}")
        #expect(first.location == SourceLocation(file: "overlay.yaml", line: 7, column: 13))
        #expect(first.pointer.description == "#/actions/0")
        let second = try #require(overlay.actions.last)
        #expect(second.remove)
        #expect(second.update == nil)
        #expect(second.target == (try JSONPath("$.paths['/x'].get")))
        #expect(second.location == SourceLocation(file: "overlay.yaml", line: 11, column: 13))
    }

    @Test func missingVersion() throws {
        let result = try parse(
            """
            info: {title: t, version: "1"}
            actions:
              - target: $
                update: {}
            """
        )
        #expect(result.overlay == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "o.yaml:1:1: error: missing 'overlay' (the Overlay Specification version, e.g. overlay: 1.0.0) [#]"
            ]
        )
    }

    @Test func unsupportedVersion() throws {
        let result = try parse(
            """
            overlay: 2.0.0
            info: {title: t, version: "1"}
            actions:
              - target: $
                update: {}
            """
        )
        #expect(result.overlay == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "o.yaml:1:10: error: unsupported overlay version '2.0.0'; expected 1.0.0 [#/overlay]"
            ]
        )
    }

    @Test func missingActions() throws {
        let result = try parse(
            """
            overlay: 1.0.0
            info: {title: t, version: "1"}
            """
        )
        #expect(result.overlay == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "o.yaml:1:1: error: missing 'actions' (the list of edits to apply) [#]"
            ]
        )
    }

    @Test func actionProblems() throws {
        let result = try parse(
            """
            overlay: 1.0.0
            info: {title: t, version: "1"}
            actions:
              - description: no target
                update: {a: 1}
              - target: $.info
              - target: $.info
                remove: false
              - target: $.info
                remove: yes please
            """
        )
        #expect(result.overlay == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "o.yaml:4:5: error: the action has no 'target' (a JSONPath selecting the nodes to edit) [#/actions/0]",
                "o.yaml:6:5: error: the action has neither 'update' nor 'remove' [#/actions/1]",
                "o.yaml:7:5: error: the action has remove: false and no 'update', so it does nothing [#/actions/2]",
                "o.yaml:10:13: error: 'remove' must be true or false, found a scalar [#/actions/3/remove]",
            ]
        )
    }

    @Test func invalidJSONPathIsLocatedAtTheTarget() throws {
        let result = try parse(
            """
            overlay: 1.0.0
            info: {title: t, version: "1"}
            actions:
              - target: $.paths[/users].get
                remove: true
            """
        )
        #expect(result.overlay == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "o.yaml:4:13: error: invalid JSONPath '$.paths[/users].get': expected a quoted name, '*', an index, a slice or a '?' filter at character 9 [#/actions/0/target]"
            ]
        )
    }

    @Test func unknownFieldsWarnButDoNotFail() throws {
        let result = try parse(
            """
            overlay: 1.0.0
            info: {title: t, version: "1"}
            x-tool: mine
            actions:
              - target: $
                updat: {a: 1}
                remove: true
                update: {b: 2}
            """
        )
        #expect(result.overlay?.actions.count == 1)
        #expect(
            result.diagnostics.map(\.description) == [
                "o.yaml:6:5: warning: unknown field 'updat' in an action; ignored [#/actions/0/updat]",
                "o.yaml:8:13: warning: 'update' is ignored because 'remove' is true [#/actions/0/update]",
            ]
        )
    }

    @Test func loadReportsYAMLErrors() {
        let result = OverlayParser.load(Array("overlay: [".utf8), file: "bad.yaml")
        #expect(result.overlay == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .error)
    }
}
