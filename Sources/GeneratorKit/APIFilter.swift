import IR

/// Keeps the operations a config selects and the types they need; the rest is dropped.
public enum APIFilter {
    /// The API reduced to the tags, paths and operations `config` includes and does not exclude, with the
    /// types they reach.
    public static func apply(_ config: GeneratorConfig, to api: API) -> API {
        guard config.filters else { return api }
        var result = api
        result.tags = api.tags.compactMap { tag in
            var kept = tag
            kept.operations = tag.operations.filter { keeps($0, tag: tag.name, config) }
            return kept.operations.isEmpty ? nil : kept
        }
        let needed = neededTypes(result)
        result.types = api.types.filter { needed.contains($0.qualifiedName) }
        return result
    }

    private static func keeps(_ operation: OperationDecl, tag: String, _ config: GeneratorConfig) -> Bool {
        let names = [operation.name.name, operation.qualifiedName]
        if !config.includeTags.isEmpty && !config.includeTags.contains(tag)
            && !config.includeTags.contains(operation.tagProperty.name)
        {
            return false
        }
        if config.excludeTags.contains(tag) || config.excludeTags.contains(operation.tagProperty.name) { return false }
        if !config.includePaths.isEmpty && !config.includePaths.contains(where: { matches($0, operation.path) }) {
            return false
        }
        if config.excludePaths.contains(where: { matches($0, operation.path) }) { return false }
        if !config.includeOperations.isEmpty && !names.contains(where: config.includeOperations.contains) {
            return false
        }
        if names.contains(where: config.excludeOperations.contains) { return false }
        return true
    }

    /// `/users/*` matches every path under `/users/`; anything else matches exactly.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        pattern.hasSuffix("*") ? path.hasPrefix(String(pattern.dropLast())) : pattern == path
    }

    /// Top-level types reachable from the kept operations (nested types travel with their parents).
    private static func neededTypes(_ api: API) -> Set<String> {
        var all: [String: TypeDecl] = [:]
        func index(_ decl: TypeDecl) {
            all[decl.qualifiedName] = decl
            decl.nested.forEach(index)
        }
        api.types.forEach(index)
        var seen: Set<String> = []
        var work: [TypeRef] = []
        for operation in api.operations {
            work += operation.parameters.map(\.type)
            if let body = operation.body { work.append(body.type) }
            work += operation.responses.compactMap(\.type)
        }
        while let type = work.popLast() {
            switch type {
            case .array(let element): work.append(element)
            case .dictionary(let value): work.append(value)
            case .named(let name):
                guard seen.insert(name).inserted, let decl = all[name] else { continue }
                if let root = name.split(separator: ".").first, String(root) != name {
                    work.append(.named(String(root)))
                }
                switch decl.kind {
                case .object(let properties): work += properties.map(\.type)
                case .union(let cases, _): work += cases.map(\.type)
                case .alias(let target): work.append(target)
                case .stringEnum, .intEnum: break
                }
                for nested in decl.nested { work.append(.named(nested.qualifiedName)) }
            default: break
            }
        }
        return seen
    }
}
