import Diagnostics
import YAMLLoader

extension Converter {
    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch"]

    mutating func paths(_ node: Node, _ pointer: JSONPointer) -> Node {
        guard let entries = node.entries else { return node }
        return .mapping(
            entries.map { Entry(key: $0.key, keyMark: $0.keyMark, value: pathItem($0.value, pointer / $0.key)) },
            at: node.mark
        )
    }

    /// Path-level body and form parameters move into each operation (3.0 has no path-level body).
    private mutating func pathItem(_ node: Node, _ pointer: JSONPointer) -> Node {
        guard let entries = node.entries else { return node }
        var inherited: [(node: Node, pointer: JSONPointer)] = []
        var out: [Entry] = []
        for entry in entries where entry.key == "parameters" {
            for (index, item) in (entry.value.items ?? []).enumerated()
            where isBodyOrForm(sharedParameter(item) ?? item) {
                inherited.append((sharedParameter(item) ?? item, pointer / "parameters" / index))
            }
        }
        for entry in entries {
            let here = pointer / entry.key
            if entry.key == "parameters" {
                let kept = parameterList(entry.value, here).parameters
                if !kept.isEmpty {
                    out.append(
                        Entry(key: entry.key, keyMark: entry.keyMark, value: .sequence(kept, at: entry.value.mark))
                    )
                }
            } else if Self.methods.contains(entry.key) {
                out.append(
                    Entry(
                        key: entry.key,
                        keyMark: entry.keyMark,
                        value: operation(entry.value, here, inherited: inherited)
                    )
                )
            } else {
                out.append(entry)
            }
        }
        return .mapping(out, at: node.mark)
    }

    /// Path, query and header parameters converted; body and form parameters (inline or shared) returned apart.
    private mutating func parameterList(_ node: Node, _ pointer: JSONPointer) -> (
        parameters: [Node], bodyParts: [(node: Node, pointer: JSONPointer)]
    ) {
        var parameters: [Node] = []
        var bodyParts: [(node: Node, pointer: JSONPointer)] = []
        for (index, item) in (node.items ?? []).enumerated() {
            let resolved = sharedParameter(item) ?? item
            if isBodyOrForm(resolved) {
                bodyParts.append((resolved, pointer / index))
            } else {
                parameters.append(parameter(item, pointer / index))
            }
        }
        return (parameters, bodyParts)
    }

    private mutating func operation(
        _ node: Node,
        _ pointer: JSONPointer,
        inherited: [(node: Node, pointer: JSONPointer)]
    ) -> Node {
        guard let entries = node.entries else { return node }
        let consumes = node["consumes"]?.strings ?? self.consumes
        let produces = node["produces"]?.strings ?? self.produces
        var out: [Entry] = []
        var bodyParts: [(node: Node, pointer: JSONPointer)] = []
        var bodyMark = node.mark
        for entry in entries {
            let here = pointer / entry.key
            switch entry.key {
            case "parameters":
                let split = parameterList(entry.value, here)
                bodyParts = split.bodyParts
                bodyMark = entry.keyMark
                if !split.parameters.isEmpty {
                    out.append(
                        Entry(
                            key: entry.key,
                            keyMark: entry.keyMark,
                            value: .sequence(split.parameters, at: entry.value.mark)
                        )
                    )
                }
            case "responses":
                out.append(
                    Entry(
                        key: entry.key,
                        keyMark: entry.keyMark,
                        value: responses(entry.value, here, produces: produces)
                    )
                )
            case "consumes", "produces":
                continue
            case "schemes":
                warn("operation-level schemes have no OpenAPI 3 form; the document's servers apply", entry.value, here)
            default:
                out.append(entry)
            }
        }
        // Operation parameters override path-level ones of the same name and location.
        let own = Set(bodyParts.map { "\($0.node["in"]?.string ?? "")/\($0.node["name"]?.string ?? "")" })
        let parts =
            inherited.filter { !own.contains("\($0.node["in"]?.string ?? "")/\($0.node["name"]?.string ?? "")") }
            + bodyParts
        if let body = requestBody(parts, consumes: consumes) {
            let position = out.firstIndex { $0.key == "responses" } ?? out.endIndex
            out.insert(Entry(key: "requestBody", keyMark: bodyMark, value: body), at: position)
        }
        return .mapping(out, at: node.mark)
    }

    private mutating func responses(_ node: Node, _ pointer: JSONPointer, produces: [String]) -> Node {
        guard let entries = node.entries else { return node }
        return .mapping(
            entries.map { entry in
                entry.isExtension
                    ? entry
                    : Entry(
                        key: entry.key,
                        keyMark: entry.keyMark,
                        value: response(entry.value, pointer / entry.key, produces: produces)
                    )
            },
            at: node.mark
        )
    }

    /// `schema` becomes `content` with one media type per `produces` (JSON when none is declared);
    /// `examples` keyed by media type become those media types' `example`. Many specs write the example
    /// itself under `examples` (keys without '/'): it is read as the example of every produced type.
    mutating func response(_ node: Node, _ pointer: JSONPointer, produces: [String]) -> Node {
        guard let entries = node.entries else { return node }
        if let target = node["$ref"] { return .mapping([Entry("$ref", ref(target, pointer / "$ref"))], at: node.mark) }
        let types = produces.isEmpty ? ["application/json"] : produces
        let examplesNode = node["examples"]
        let byType = examplesNode?.entries.flatMap { entries in
            entries.allSatisfy { $0.key.contains("/") } ? entries : nil
        }
        var out: [Entry] = []
        for entry in entries {
            let here = pointer / entry.key
            switch entry.key {
            case "schema":
                let converted = schema(entry.value, here)
                let content = types.map { type in
                    var media = [Entry("schema", converted)]
                    if let byType {
                        if let example = byType.first(where: { $0.key == type }) {
                            media.append(Entry(key: "example", keyMark: example.keyMark, value: example.value))
                        }
                    } else if let examplesNode {
                        media.append(Entry("example", examplesNode))
                    }
                    return Entry(key: type, keyMark: entry.keyMark, value: .mapping(media, at: entry.value.mark))
                }
                out.append(
                    Entry(key: "content", keyMark: entry.keyMark, value: .mapping(content, at: entry.value.mark))
                )
            case "examples":
                for example in byType ?? [] where node["schema"] == nil || !types.contains(example.key) {
                    warn(
                        "example for '\(example.key)', which the response does not produce; dropped",
                        example.value,
                        here / example.key
                    )
                }
            case "headers":
                out.append(Entry(key: entry.key, keyMark: entry.keyMark, value: headers(entry.value, here)))
            default:
                out.append(entry)
            }
        }
        return .mapping(out, at: node.mark)
    }

    private mutating func headers(_ node: Node, _ pointer: JSONPointer) -> Node {
        guard let entries = node.entries else { return node }
        return .mapping(
            entries.map { entry in
                guard let header = entry.value.entries else { return entry }
                var out = header.filter { !Self.valueKeys.contains($0.key) && $0.key != "collectionFormat" }
                if header.contains(where: { Self.valueKeys.contains($0.key) }) {
                    out.append(Entry("schema", valueSchema(entry.value, pointer / entry.key)))
                }
                return Entry(key: entry.key, keyMark: entry.keyMark, value: .mapping(out, at: entry.value.mark))
            },
            at: node.mark
        )
    }
}
