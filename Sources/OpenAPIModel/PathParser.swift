import Diagnostics
import YAMLLoader

private let pathItemKeys: Set<String> = ["summary", "description", "servers", "parameters", "$ref"]

extension ParserContext {
    mutating func pathItem(_ entry: Entry, _ pointer: JSONPointer) -> PathItem? {
        let path = entry.key
        guard path.hasPrefix("/") else {
            warn("path '\(path)' does not start with '/'; skipped", at: entry.keyMark, pointer)
            return nil
        }
        guard PathTemplate.pieces(of: path) != nil else {
            warn("path '\(path)' has unbalanced, nested or empty braces; skipped", at: entry.keyMark, pointer)
            return nil
        }
        guard let entries = mapping(entry.value, pointer, what: "path item") else { return nil }
        if entry.value["$ref"] != nil {
            warn("path item $ref is not supported; the path is skipped", entry.value, pointer / "$ref")
            return nil
        }
        let shared = parameters(entry.value["parameters"], pointer / "parameters")
        var operations: [Operation] = []
        for item in entries {
            let key = item.key
            if let method = HTTPMethod(rawValue: key.uppercased()) {
                if let operation = operation(item.value, method: method, path: path, pointer / key) {
                    operations.append(operation)
                }
            } else if !pathItemKeys.contains(key) && !key.hasPrefix("x-") {
                warn("unknown key '\(key)' in path item; ignored", at: item.keyMark, pointer / key)
            }
        }
        return PathItem(path: path, parameters: shared, operations: operations, origin: origin(pointer, entry.value))
    }

    private mutating func operation(_ node: Node, method: HTTPMethod, path: String, _ pointer: JSONPointer)
        -> Operation?
    {
        guard mapping(node, pointer, what: "operation") != nil else { return nil }
        var tags: [String] = []
        if let tagsNode = node["tags"], let items = list(tagsNode, pointer / "tags", what: "tags") {
            for (index, item) in items.enumerated() {
                if let tag = string(item, pointer / "tags" / index, what: "tag") { tags.append(tag) }
            }
        }
        var responses: [ResponseEntry] = []
        if let responsesNode = node["responses"],
            let entries = mapping(responsesNode, pointer / "responses", what: "responses")
        {
            for entry in entries {
                let statusPointer = pointer / "responses" / entry.key
                guard let status = responseStatus(entry.key) else {
                    warn(
                        "response key '\(entry.key)' is not a status code, a range like 2XX, or 'default'; skipped",
                        at: entry.keyMark,
                        statusPointer
                    )
                    continue
                }
                if let response = refOr(entry.value, statusPointer, kind: .response, parse: { $0.response($1, $2) }) {
                    responses.append(
                        ResponseEntry(
                            status: status,
                            response: response,
                            origin: origin(statusPointer, entry.value)
                        )
                    )
                }
            }
        } else {
            warn("operation has no responses", node, pointer)
        }
        if node["callbacks"] != nil {
            warn("callbacks are not supported; they are skipped", node["callbacks"] ?? node, pointer / "callbacks")
        }
        return Operation(
            method: method,
            path: path,
            operationId: string(node["operationId"], pointer / "operationId", what: "operationId"),
            tags: tags,
            summary: string(node["summary"], pointer / "summary", what: "summary"),
            description: string(node["description"], pointer / "description", what: "description"),
            deprecated: bool(node["deprecated"], pointer / "deprecated", what: "deprecated") ?? false,
            parameters: parameters(node["parameters"], pointer / "parameters"),
            requestBody: node["requestBody"].flatMap {
                refOr($0, pointer / "requestBody", kind: .requestBody, parse: { $0.requestBody($1, $2) })
            },
            responses: responses,
            origin: origin(pointer, node)
        )
    }

    /// `200`, `2XX` (any case) or `default` (as OpenAPI spells it: `DEFAULT` is no status).
    private func responseStatus(_ key: String) -> ResponseStatus? {
        if key == "default" { return .default }
        guard key.uppercased() != "DEFAULT" else { return nil }
        return ResponseStatus(key: key)
    }

    mutating func refOr<Value>(
        _ node: Node,
        _ pointer: JSONPointer,
        kind: ReferenceKind,
        parse: (inout ParserContext, Node, JSONPointer) -> Value?
    ) -> RefOr<Value>? {
        if node["$ref"] != nil {
            return reference(node, pointer, kind: kind).map { .reference($0) }
        }
        return parse(&self, node, pointer).map { .value($0) }
    }

    private mutating func parameters(_ node: Node?, _ pointer: JSONPointer) -> [RefOr<Parameter>] {
        guard let node, let items = list(node, pointer, what: "parameters") else { return [] }
        var result: [RefOr<Parameter>] = []
        for (index, item) in items.enumerated() {
            if let parameter = refOr(item, pointer / index, kind: .parameter, parse: { $0.parameter($1, $2) }) {
                result.append(parameter)
            }
        }
        return result
    }
}
