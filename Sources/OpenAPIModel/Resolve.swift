import Diagnostics
import YAMLLoader

extension Node {
    /// The node a JSON pointer names inside this tree, or nil.
    public func resolve(_ pointer: JSONPointer) -> Node? {
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

extension DocumentParser {
    /// Parses a schema found by following a `$ref` outside `components/schemas`.
    public static func schema(_ node: Node, pointer: JSONPointer, files: [String]) -> Schema {
        var context = ParserContext(files: files)
        return context.schema(node, pointer)
    }
}

/// What a non-schema `$ref` resolves to, with a located warning when it resolves to nothing.
extension Document {
    public func resolve(_ reference: Reference) -> (node: Node, pointer: JSONPointer)? {
        guard let target = reference.target, let node = root.resolve(target) else { return nil }
        return (node, target)
    }

    public func parameter(_ item: RefOr<Parameter>) -> Parameter? {
        value(of: item) { $0.parameter($1, $2) }
    }

    public func requestBody(_ item: RefOr<RequestBody>) -> RequestBody? {
        value(of: item) { $0.requestBody($1, $2) }
    }

    public func response(_ item: RefOr<Response>) -> Response? {
        value(of: item) { $0.response($1, $2) }
    }

    /// The inline value, or the referenced node parsed afresh (its warnings were reported where it stands).
    private func value<Value>(of item: RefOr<Value>, parse: (inout ParserContext, Node, JSONPointer) -> Value?)
        -> Value?
    {
        switch item {
        case .value(let value): return value
        case .reference(let reference):
            guard let (node, pointer) = resolve(reference) else { return nil }
            var context = ParserContext(files: files)
            return parse(&context, node, pointer)
        }
    }
}
