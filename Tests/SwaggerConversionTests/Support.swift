import Diagnostics
import Testing
import YAMLLoader

@testable import SwaggerConversion

/// Converts Swagger YAML that must load; returns the 3.0 tree and the converter's diagnostics.
func convert(_ yaml: String, file: String = "swagger.yaml") throws -> (root: Node, diagnostics: [Diagnostic]) {
    let loaded = YAMLLoader.load(yaml, file: file)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let converted = SwaggerConverter.convert(try #require(loaded.root), file: file)
    return (try #require(converted.root), converted.diagnostics)
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

/// The node at `keys` (mapping keys, or list indexes as numbers).
func node(_ root: Node, _ keys: String...) -> Node? {
    var current: Node? = root
    for key in keys {
        if let index = Int(key), let items = current?.items {
            current = items.indices.contains(index) ? items[index] : nil
        } else {
            current = current?[key]
        }
    }
    return current
}
