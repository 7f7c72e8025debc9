import Diagnostics
import YAMLLoader

extension Node {
    /// The node a JSON pointer names inside this tree, or nil.
    package func resolve(_ pointer: JSONPointer) -> Node? {
        var node = self
        for token in pointer.tokens {
            if let entries = node.entries {
                guard let next = entries.first(where: { $0.key == token }) else { return nil }
                node = next.value
            } else if let items = node.items, let index = Int(token), items.indices.contains(index) {
                node = items[index]
            } else {
                return nil
            }
        }
        return node
    }
}

/// A `$ref` read while parsing: its target is parsed once, after the document (`resolveReferences`).
struct PendingReference: Hashable {
    var kind: ReferenceKind
    var target: JSONPointer
}

/// Keys under which a `$ref` can name a schema: a pointer without one (`#/info`) is not a schema.
private let schemaPlaces: Set<String> = [
    "schema", "schemas", "properties", "items", "allOf", "oneOf", "anyOf", "not", "additionalProperties",
]

extension ParserContext {
    /// Parses the target of every `$ref` read so far, and of the `$ref`s inside those targets, once each.
    /// A target's own warnings are not reported again: they were reported where it stands (or it is
    /// a piece the document does not otherwise read).
    mutating func resolveReferences(in root: Node, componentSchemas: Set<String>) -> ReferenceTable {
        var table = references
        var queue = pending
        var done: Set<PendingReference> = []
        while let next = queue.popLast() {
            guard done.insert(next).inserted else { continue }
            let target = next.target
            if next.kind == .schema, target.tokens.count == 3, target.tokens[0] == "components",
                target.tokens[1] == "schemas", componentSchemas.contains(target.tokens[2])
            {
                continue
            }
            guard let node = root.resolve(target) else {
                table.remove(next)
                continue
            }
            // A component parsed in place is that same node, unless a duplicate key hides it.
            if componentMarks[next] == node.mark { continue }
            var scratch = ParserContext(files: files)
            switch next.kind {
            case .schema:
                table.schemas[target] =
                    target.tokens.contains(where: schemaPlaces.contains)
                    ? .schema(scratch.schema(node, target)) : .notASchema
            case .parameter: table.parameters[target] = scratch.parameter(node, target)
            case .requestBody: table.requestBodies[target] = scratch.requestBody(node, target)
            case .response: table.responses[target] = scratch.response(node, target)
            case .header: table.headers[target] = scratch.header(node, target)
            }
            queue += scratch.pending
        }
        return table
    }
}

extension ReferenceTable {
    mutating func remove(_ reference: PendingReference) {
        let target = reference.target
        switch reference.kind {
        case .schema: schemas[target] = nil
        case .parameter: parameters[target] = nil
        case .requestBody: requestBodies[target] = nil
        case .response: responses[target] = nil
        case .header: headers[target] = nil
        }
    }
}
