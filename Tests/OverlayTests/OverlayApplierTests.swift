import Diagnostics
import Testing
import YAMLLoader

@testable import Overlay

private let document = """
    info:
      title: API
      contact:
        name: A
        email: a@x
      version: "1"
    tags: [a, b]
    params:
      - {name: p0, in: path}
      - {name: p1, in: query}
      - {name: p2, in: query}
      - {name: p3, in: header}
      - {name: p4, in: query}
    """

private func applying(_ actions: String) throws -> (root: Node, diagnostics: [Diagnostic]) {
    let overlay = try parseOverlay("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n" + actions)
    return OverlayApplier.apply(overlay, to: try loadNode(document))
}

private func at(_ path: String, _ root: Node) throws -> Node? {
    let matches = try JSONPath(path).select(in: root)
    try #require(matches.count <= 1)
    return matches.first.flatMap { JSONPath.node(at: $0, in: root) }
}

@Suite struct OverlayApplierTests {
    @Test func mergeKeepsUntouchedKeysAndOrder() throws {
        let result = try applying(
            """
              - target: $.info
                update:
                  contact: {email: b@x, url: u}
                  description: d
            """
        )
        #expect(result.diagnostics.isEmpty)
        #expect(
            render(try at("$.info", result.root))
                == "{title: API, contact: {name: A, email: b@x, url: u}, version: 1, description: d}"
        )
        #expect(render(try at("$.tags", result.root)) == "[a, b]")
    }

    @Test func mergeReplacesScalarsAndSequences() throws {
        let result = try applying(
            """
              - target: $
                update:
                  tags: [c]
                  info: {contact: plain}
            """
        )
        #expect(result.diagnostics.isEmpty)
        #expect(render(try at("$.tags", result.root)) == "[c]")
        #expect(render(try at("$.info", result.root)) == "{title: API, contact: plain, version: 1}")
    }

    @Test func updateAppendsToSequences() throws {
        let result = try applying(
            """
              - target: $.tags
                update: c
              - target: $.tags
                update: [d, e]
              - target: $.params
                update: {name: p5, in: cookie}
            """
        )
        #expect(result.diagnostics.isEmpty)
        // A list update is appended as one item (spec: "the update value is appended").
        #expect(render(try at("$.tags", result.root)) == "[a, b, c, [d, e]]")
        #expect(render(try at("$.params[-1]", result.root)) == "{name: p5, in: cookie}")
    }

    @Test func removeSingle() throws {
        let result = try applying(
            """
              - target: $.info.contact
                remove: true
            """
        )
        #expect(result.diagnostics.isEmpty)
        #expect(render(try at("$.info", result.root)) == "{title: API, version: 1}")
    }

    @Test func removeMultipleMatchesFromTheEnd() throws {
        let result = try applying(
            """
              - target: $.params[?@.in == 'query']
                remove: true
            """
        )
        #expect(result.diagnostics.isEmpty)
        #expect(render(try at("$.params", result.root)) == "[{name: p0, in: path}, {name: p3, in: header}]")
    }

    @Test func actionsSeeEarlierActions() throws {
        let result = try applying(
            """
              - target: $.info
                update: {license: {name: MIT}}
              - target: $.info.license
                update: {url: https://mit}
              - target: $.params[?@.name == 'p0' || @.name == 'p4']
                remove: true
            """
        )
        #expect(result.diagnostics.isEmpty)
        #expect(render(try at("$.info.license", result.root)) == "{name: MIT, url: https://mit}")
        #expect(
            try JSONPath("$.params[*].name").select(in: result.root).compactMap {
                JSONPath.node(at: $0, in: result.root)?.string
            } == ["p1", "p2", "p3"]
        )
    }

    @Test func targetMatchingNothingIsOneLocatedError() throws {
        let result = try applying(
            """
              - target: $.info.contact.phone
                update: {x: 1}
            """
        )
        #expect(
            result.diagnostics.map(\.description) == [
                "overlay.yaml:4:13: error: the target '$.info.contact.phone' matches nothing in the document ('$.info.contact' matches, the step after it selects nothing) [#/actions/0/target]"
            ]
        )
        #expect(render(result.root) == render(try loadNode(document)))
    }

    @Test func scalarTargetsCannotBeUpdatedAndRootCannotBeRemoved() throws {
        let result = try applying(
            """
              - target: $.info.title
                update: {x: 1}
              - target: $
                remove: true
              - target: $.info
                update: [x]
            """
        )
        #expect(
            result.diagnostics.map(\.description) == [
                "overlay.yaml:5:13: error: cannot update #/info/title: it is a scalar, and only mappings (merge) and lists (append) can be updated; update its parent instead [#/actions/0/update]",
                "overlay.yaml:6:13: error: the target '$' selects the document root, which cannot be removed [#/actions/1/target]",
                "overlay.yaml:9:13: error: cannot update #/info: it is a mapping, so 'update' must be a mapping (found a list) [#/actions/2/update]",
            ]
        )
    }

    @Test func nodesFromTheOverlayKeepOverlayPositions() throws {
        let result = try applying(
            """
              - target: $.info
                update:
                  description: d
            """
        )
        let info = try #require(try at("$.info", result.root)?.entries)
        let added = try #require(info.last)
        #expect(added.key == "description")
        #expect(added.keyMark == Mark(line: 6, column: 7))
        #expect(added.value.mark == Mark(line: 6, column: 20))
        #expect(info.first?.keyMark == Mark(line: 2, column: 3))
    }
}
