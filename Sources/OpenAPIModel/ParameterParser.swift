import Diagnostics
import YAMLLoader

extension ParserContext {
    mutating func parameter(_ node: Node, _ pointer: JSONPointer) -> Parameter? {
        guard mapping(node, pointer, what: "parameter") != nil else { return nil }
        guard let name = string(node["name"], pointer / "name", what: "parameter name"), !name.isEmpty else {
            warn("parameter without a name; skipped", node, pointer)
            return nil
        }
        let locationText = string(node["in"], pointer / "in", what: "parameter 'in'") ?? ""
        guard let location = ParameterLocation(rawValue: locationText) else {
            warn(
                "parameter '\(name)' has 'in: \(locationText)'; expected path, query, header or cookie; skipped",
                node,
                pointer
            )
            return nil
        }
        var required = bool(node["required"], pointer / "required", what: "required") ?? false
        if location == .path && !required {
            warn("path parameter '\(name)' must be required; treated as required", node, pointer)
            required = true
        }
        var schema = node["schema"].map { self.schema($0, pointer / "schema") }
        if schema == nil, let content = node["content"], let first = content.entries?.first {
            warn(
                "parameter '\(name)' uses 'content' instead of 'schema'; its value is sent as a string",
                content,
                pointer / "content"
            )
            schema = first.value["schema"].map { self.schema($0, pointer / "content" / first.key / "schema") }
        }
        return Parameter(
            name: name,
            location: location,
            required: required,
            description: string(node["description"], pointer / "description", what: "description"),
            deprecated: bool(node["deprecated"], pointer / "deprecated", what: "deprecated") ?? false,
            schema: schema,
            style: style(node["style"], pointer / "style"),
            explode: bool(node["explode"], pointer / "explode", what: "explode"),
            origin: origin(pointer, node)
        )
    }

    /// An unknown style is a located warning and the location's default.
    private mutating func style(_ node: Node?, _ pointer: JSONPointer) -> ParameterStyle? {
        guard let node, let text = string(node, pointer, what: "style") else { return nil }
        guard let style = ParameterStyle(rawValue: text) else {
            let known = ParameterStyle.allCases.map(\.rawValue).joined(separator: ", ")
            warn("unknown parameter style '\(text)' (known: \(known)); the location's default is used", node, pointer)
            return nil
        }
        return style
    }

    mutating func requestBody(_ node: Node, _ pointer: JSONPointer) -> RequestBody? {
        guard mapping(node, pointer, what: "requestBody") != nil else { return nil }
        return RequestBody(
            description: string(node["description"], pointer / "description", what: "description"),
            required: bool(node["required"], pointer / "required", what: "required") ?? false,
            content: content(node["content"], pointer / "content"),
            origin: origin(pointer, node)
        )
    }

    mutating func response(_ node: Node, _ pointer: JSONPointer) -> Response? {
        guard mapping(node, pointer, what: "response") != nil else { return nil }
        var headers: [(String, RefOr<Header>)] = []
        if let headersNode = node["headers"], let entries = mapping(headersNode, pointer / "headers", what: "headers") {
            for entry in entries {
                if let header = refOr(
                    entry.value,
                    pointer / "headers" / entry.key,
                    kind: .header,
                    parse: { $0.header($1, $2) }
                ) {
                    headers.append((entry.key, header))
                }
            }
        }
        return Response(
            description: string(node["description"], pointer / "description", what: "description"),
            content: content(node["content"], pointer / "content"),
            headers: headers,
            origin: origin(pointer, node)
        )
    }

    mutating func header(_ node: Node, _ pointer: JSONPointer) -> Header? {
        guard mapping(node, pointer, what: "header") != nil else { return nil }
        return Header(
            description: string(node["description"], pointer / "description", what: "description"),
            required: bool(node["required"], pointer / "required", what: "required") ?? false,
            schema: node["schema"].map { self.schema($0, pointer / "schema") },
            origin: origin(pointer, node)
        )
    }

    /// Media types by content type; keys that are not `type/subtype` are reported and skipped.
    private mutating func content(_ node: Node?, _ pointer: JSONPointer) -> [MediaType] {
        guard let node, let entries = mapping(node, pointer, what: "content") else { return [] }
        var result: [MediaType] = []
        for entry in entries {
            let mediaPointer = pointer / entry.key
            // Byte-wise: String.contains(String) is Foundation's range(of:), 1 % of loading Budgea.
            guard entry.key.utf8.contains(UInt8(ascii: "/")) else {
                let holds = entry.value.entries?.map(\.key).sorted().joined(separator: ", ") ?? entry.value.kindName
                warn(
                    "content type '\(entry.key)' is not a media type (holds: \(holds)); skipped",
                    at: entry.keyMark,
                    mediaPointer
                )
                continue
            }
            let schema = entry.value["schema"].map { self.schema($0, mediaPointer / "schema") }
            result.append(MediaType(contentType: entry.key, schema: schema, origin: origin(mediaPointer, entry.value)))
        }
        return result
    }
}
