/// Which declared types a client decodes: those reachable from a response body, or from a component
/// schema no request uses (webhook payloads and other documents an app reads itself).
/// Only they need tolerant decoding; request-only types keep exactly the spec's shape.
package enum Reachability {
    /// Qualified names of every type `roots` reach through properties, union cases, aliases,
    /// array elements and map values.
    package static func types(from roots: [TypeRef], in declarations: [String: TypeDecl]) -> Set<String> {
        var seen: Set<String> = []
        var work = roots
        while let type = work.popLast() {
            switch type {
            case .array(let element): work.append(element)
            case .dictionary(let value): work.append(value)
            case .named(let name):
                guard seen.insert(name).inserted, let decl = declarations[name] else { continue }
                switch decl.kind {
                case .object(let properties): work += properties.map(\.type)
                case .union(let cases, _): work += cases.map(\.type)
                case .alias(let target): work.append(target)
                case .stringEnum, .intEnum: break
                }
            default: break
            }
        }
        return seen
    }

    /// Types a request carries: bodies and parameters.
    package static func sent(by operations: [OperationDecl], in declarations: [String: TypeDecl]) -> Set<String> {
        types(
            from: operations.compactMap(\.body?.type) + operations.flatMap { $0.parameters.map(\.type) },
            in: declarations
        )
    }
}

extension Builder {
    /// Flags every type a response body reaches (see `TypeDecl.isDecoded`).
    mutating func markDecodedTypes(_ groups: [TagGroup]) {
        let operations = groups.flatMap(\.operations)
        let sent = Reachability.sent(by: operations, in: table.decls)
        let unsentComponents = componentNames.values.filter { !sent.contains($0) }.sorted().map(TypeRef.named)
        let roots = operations.flatMap { $0.responses.compactMap(\.type) } + unsentComponents
        for name in Reachability.types(from: roots, in: table.decls) {
            table.update(name) { $0.isDecoded = true }
        }
    }
}
