import Foundation
import Testing
import YAMLLoader

@testable import Overlay

/// Loads YAML text that must be valid.
func loadNode(_ yaml: String, file: String = "doc.yaml") throws -> Node {
    let loaded = YAMLLoader.load(yaml, file: file)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    return try #require(loaded.root)
}

/// Compact flow rendering, so one string pins both content and key order.
func render(_ node: Node?) -> String {
    guard let node else { return "<none>" }
    switch node.kind {
    case .scalar(let scalar): return scalar.text
    case .sequence(let items): return "[" + items.map { render($0) }.joined(separator: ", ") + "]"
    case .mapping(let entries):
        return "{" + entries.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
    }
}

/// Keys of a path rendered as `a/b/0`, to compare selections compactly.
func paths(_ path: String, in root: Node) throws -> [String] {
    try JSONPath(path).select(in: root).map { $0.map(\.description).joined(separator: "/") }
}

/// Parses an overlay that must be valid.
func parseOverlay(_ yaml: String, file: String = "overlay.yaml") throws -> Overlay {
    let result = OverlayParser.parse(try loadNode(yaml, file: file), file: file)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    return try #require(result.overlay)
}

/// The repository's spec directory, found by walking up from this file (through the symlink, if any).
func specURL(_ name: String) throws -> URL {
    for start in [URL(fileURLWithPath: #filePath), URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()] {
        var dir = start.deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("spec").appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
    }
    throw CocoaError(.fileNoSuchFile)
}
