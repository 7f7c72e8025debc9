import Diagnostics
import YAMLLoader

extension Converter {
    static let formTypes = ["multipart/form-data", "application/x-www-form-urlencoded"]

    /// One `in: body` parameter, or every `in: formData` one, as a request body; nil when there are none.
    mutating func requestBody(_ parts: [(node: Node, pointer: JSONPointer)], consumes: [String]) -> Node? {
        let bodies = parts.filter { $0.node["in"]?.string == "body" }
        let fields = parts.filter { $0.node["in"]?.string == "formData" }
        if let body = bodies.last {
            for extra in bodies.dropLast() + fields {
                warn(
                    "a body parameter already describes the request body; this one is ignored",
                    extra.node,
                    extra.pointer
                )
            }
            return jsonBody(body.node, body.pointer, consumes: consumes)
        }
        guard let first = fields.first else { return nil }
        return formBody(fields, consumes: consumes, at: first.node.mark)
    }

    private mutating func jsonBody(_ node: Node, _ pointer: JSONPointer, consumes: [String]) -> Node {
        let types = consumes.isEmpty ? ["application/json"] : consumes
        let schema = node["schema"].map { self.schema($0, pointer / "schema") }
        if schema == nil { warn("body parameter without 'schema'; its body is untyped", node, pointer) }
        let content = types.map { type in
            Entry(
                key: type,
                keyMark: node.mark,
                value: .mapping(schema.map { [Entry("schema", $0)] } ?? [], at: node.mark)
            )
        }
        var out: [Entry] = []
        for entry in node.entries ?? [] {
            switch entry.key {
            case "description", "required": out.append(entry)
            case "schema":
                out.append(
                    Entry(key: "content", keyMark: entry.keyMark, value: .mapping(content, at: entry.value.mark))
                )
            default: if entry.isExtension { out.append(entry) }
            }
        }
        if schema == nil { out.append(Entry("content", .mapping(content, at: node.mark))) }
        return .mapping(out, at: node.mark)
    }

    /// Form fields as an object schema under multipart/form-data and/or application/x-www-form-urlencoded,
    /// as `consumes` says (multipart when a field is a file, url-encoded otherwise, when it names neither).
    /// The body is required when one of its fields is (as swagger2openapi, which wrote Budgea's 3.0 spec, decides).
    private mutating func formBody(_ fields: [(node: Node, pointer: JSONPointer)], consumes: [String], at mark: Mark)
        -> Node
    {
        let hasFile = fields.contains { $0.node["type"]?.string == "file" }
        var types = consumes.filter { Self.formTypes.contains($0) }
        if types.isEmpty { types = [hasFile ? "multipart/form-data" : "application/x-www-form-urlencoded"] }
        if hasFile, types.contains("application/x-www-form-urlencoded"),
            let file = fields.first(where: { $0.node["type"]?.string == "file" })
        {
            warn(
                "a file field cannot be sent url-encoded; it is sent as a string there",
                file.node,
                file.pointer / "type"
            )
        }
        var properties: [Entry] = []
        var required: [Node] = []
        var encoding: [Entry] = []
        for field in fields {
            guard let name = field.node["name"]?.string else {
                warn("form parameter without 'name'; skipped", field.node, field.pointer)
                continue
            }
            properties.append(Entry(name, valueSchema(field.node, field.pointer, keeping: ["description"])))
            if field.node["required"]?.bool == true { required.append(.text(name, at: field.node.mark)) }
            let style = self.style(
                field.node["collectionFormat"].map { Entry("collectionFormat", $0) },
                of: field.node,
                field.pointer / "collectionFormat"
            )
            if !style.isEmpty { encoding.append(Entry(name, .mapping(style, at: field.node.mark))) }
        }
        var schema = [Entry("properties", .mapping(properties, at: mark))]
        if !required.isEmpty { schema.append(Entry("required", .sequence(required, at: mark))) }
        schema.append(Entry("type", .text("object", at: mark)))
        let content = types.map { type in
            var media = [Entry("schema", .mapping(schema, at: mark))]
            if !encoding.isEmpty, type == "application/x-www-form-urlencoded" {
                media.append(Entry("encoding", .mapping(encoding, at: mark)))
            }
            return Entry(type, .mapping(media, at: mark))
        }
        var body = [Entry("content", .mapping(content, at: mark))]
        if !required.isEmpty { body.append(Entry("required", .plain("true", at: mark))) }
        return .mapping(body, at: mark)
    }
}
