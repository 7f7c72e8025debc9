/// Marks struct properties that close a cycle of structs, so they can be boxed (`@Indirect`).
/// Arrays, maps and unions (declared `indirect`) already break a cycle and are not followed.
extension Builder {
    mutating func markIndirectProperties() {
        let structs = table.decls.filter { if case .object = $0.value.kind { return true } else { return false } }
        var edges: [String: [String]] = [:]
        for (name, decl) in structs {
            guard case .object(let properties) = decl.kind else { continue }
            edges[name] = properties.compactMap { structTarget($0.type) }
        }
        let components = StronglyConnected.components(nodes: edges.keys.sorted(), edges: edges)
        var componentOf: [String: Int] = [:]
        for (index, members) in components.enumerated() {
            for member in members { componentOf[member] = index }
        }
        for (name, decl) in structs {
            guard case .object(var properties) = decl.kind, let own = componentOf[name] else { continue }
            var changed = false
            for index in properties.indices {
                guard let target = structTarget(properties[index].type), componentOf[target] == own else { continue }
                let isCycle = components[own].count > 1 || target == name
                if isCycle {
                    properties[index].indirect = true
                    changed = true
                }
            }
            if changed { table.update(name) { $0.kind = .object(properties) } }
        }
    }

    /// The struct a property holds directly (through aliases), if any.
    private func structTarget(_ type: TypeRef) -> String? {
        guard let name = type.namedType, let decl = table.decls[name] else { return nil }
        switch decl.kind {
        case .object: return name
        case .alias(let target): return structTarget(target)
        default: return nil
        }
    }
}

/// Tarjan's algorithm, iterative so deep graphs cannot overflow the stack.
enum StronglyConnected {
    static func components(nodes: [String], edges: [String: [String]]) -> [[String]] {
        var index = 0
        var indices: [String: Int] = [:]
        var lowLinks: [String: Int] = [:]
        var onStack: Set<String> = []
        var stack: [String] = []
        var result: [[String]] = []
        for start in nodes where indices[start] == nil {
            var work: [(node: String, next: Int)] = [(start, 0)]
            indices[start] = index
            lowLinks[start] = index
            index += 1
            stack.append(start)
            onStack.insert(start)
            while let (node, next) = work.last {
                let targets = edges[node] ?? []
                if next < targets.count {
                    work[work.count - 1].next += 1
                    let target = targets[next]
                    if indices[target] == nil {
                        indices[target] = index
                        lowLinks[target] = index
                        index += 1
                        stack.append(target)
                        onStack.insert(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        lowLinks[node] = min(lowLinks[node] ?? 0, indices[target] ?? 0)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node {
                    lowLinks[parent] = min(lowLinks[parent] ?? 0, lowLinks[node] ?? 0)
                }
                if lowLinks[node] == indices[node] {
                    var members: [String] = []
                    while let member = stack.popLast() {
                        onStack.remove(member)
                        members.append(member)
                        if member == node { break }
                    }
                    result.append(members.sorted())
                }
            }
        }
        return result
    }
}
