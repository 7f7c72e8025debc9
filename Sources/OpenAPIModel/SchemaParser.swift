import Diagnostics
import YAMLLoader

private let knownTypes: Set<String> = ["string", "integer", "number", "boolean", "object", "array", "null"]

extension ParserContext {
    mutating func schema(_ node: Node, _ pointer: JSONPointer) -> Schema {
        var schema = Schema(origin: origin(pointer, node))
        if let flag = node.bool {
            if !flag { warn("schema 'false' (nothing valid) is read as free-form JSON", node, pointer) }
            return schema
        }
        guard let entries = mapping(node, pointer, what: "schema") else { return schema }
        if let reference = reference(node, pointer, kind: .schema) {
            schema.reference = reference
            schema.description = node["description"]?.string
            schema.nullable = node["nullable"]?.bool ?? false
            return schema
        }
        for entry in entries {
            read(entry, into: &schema, pointer / entry.key)
        }
        checkRequired(&schema, node, pointer)
        // The last `default` is the one read (the loader reports duplicate keys).
        if let value = entries.last(where: { $0.key == "default" })?.value { checkDefault(value, &schema, pointer) }
        return schema
    }

    private mutating func read(_ entry: Entry, into schema: inout Schema, _ pointer: JSONPointer) {
        let value = entry.value
        switch entry.key {
        case "type": readType(value, into: &schema, pointer)
        case "format": schema.format = string(value, pointer, what: "format")
        case "nullable": schema.nullable = bool(value, pointer, what: "nullable") ?? false
        case "title": schema.title = string(value, pointer, what: "title")
        case "description": schema.description = string(value, pointer, what: "description")
        case "deprecated": schema.deprecated = bool(value, pointer, what: "deprecated") ?? false
        case "readOnly": schema.readOnly = bool(value, pointer, what: "readOnly") ?? false
        case "writeOnly": schema.writeOnly = bool(value, pointer, what: "writeOnly") ?? false
        case "properties":
            guard let properties = mapping(value, pointer, what: "properties") else { return }
            schema.properties = properties.map { ($0.key, self.schema($0.value, pointer / $0.key)) }
        case "required":
            guard let items = list(value, pointer, what: "required") else { return }
            schema.required = items.enumerated().compactMap { string($1, pointer / $0, what: "required entry") }
        case "additionalProperties":
            if let flag = value.bool {
                schema.additionalProperties = .allowed(flag)
            } else {
                schema.additionalProperties = .schema(self.schema(value, pointer))
            }
        case "items":
            if value.items != nil {
                warn("'items' as a list (tuple validation) is not supported; items are free-form JSON", value, pointer)
                schema.items = Schema(origin: origin(pointer, value))
            } else {
                schema.items = self.schema(value, pointer)
            }
        case "allOf", "oneOf", "anyOf":
            guard let items = list(value, pointer, what: entry.key) else { return }
            let parts = items.enumerated().map { self.schema($1, pointer / $0) }
            if entry.key == "allOf" {
                schema.allOf = parts
            } else if entry.key == "oneOf" {
                schema.oneOf = parts
            } else {
                schema.anyOf = parts
            }
        case "enum":
            guard let items = list(value, pointer, what: "enum") else { return }
            schema.enumValues = items.compactMap { item in
                if item.scalar != nil { return JSONValue(item) }
                warn("enum value that is \(item.kindName) is not supported; skipped", item, pointer)
                return nil
            }
        case "const":
            if value.scalar != nil { schema.enumValues = [JSONValue(value)] }
        case "discriminator":
            readDiscriminator(value, into: &schema, pointer)
        case "example": schema.example = JSONValue(value)
        case "examples":
            if schema.example == nil, let first = value.items?.first { schema.example = JSONValue(first) }
        case "default": schema.defaultValue = JSONValue(value)
        default: break
        }
    }

    private mutating func readType(_ value: Node, into schema: inout Schema, _ pointer: JSONPointer) {
        let names: [String]
        if let items = value.items {
            // A bare YAML `null` in the list means the "null" type, as a quoted one does.
            names = items.compactMap { $0.isNull ? "null" : $0.string }
        } else if let name = value.string {
            names = [name]
        } else {
            warn("'type' should be a string or a list of strings", value, pointer)
            return
        }
        for name in names {
            if name == "null" {
                schema.nullable = true
            } else if knownTypes.contains(name) {
                schema.types.append(name)
            } else {
                warn("unknown type '\(name)'; read as free-form JSON", value, pointer)
            }
        }
    }

    private mutating func readDiscriminator(_ value: Node, into schema: inout Schema, _ pointer: JSONPointer) {
        guard let property = value["propertyName"]?.string else {
            warn("discriminator without 'propertyName'; ignored", value, pointer)
            return
        }
        var mapping: [(String, String)] = []
        if let entries = value["mapping"]?.entries {
            mapping = entries.compactMap { entry in entry.value.string.map { (entry.key, $0) } }
        }
        schema.discriminator = Discriminator(propertyName: property, mapping: mapping)
    }

    /// `required` may only name declared properties; the rest are reported and dropped.
    private mutating func checkRequired(_ schema: inout Schema, _ node: Node, _ pointer: JSONPointer) {
        guard !schema.required.isEmpty, schema.allOf.isEmpty, schema.oneOf.isEmpty, schema.anyOf.isEmpty else { return }
        let declared = Set(schema.properties.map(\.name))
        let missing = schema.required.filter { !declared.contains($0) }
        guard !missing.isEmpty else { return }
        let requiredNode = node["required"] ?? node
        for name in missing {
            warn(
                "'required' names '\(name)', which is not a declared property; ignored",
                requiredNode,
                pointer / "required"
            )
        }
        schema.required.removeAll { !declared.contains($0) }
    }

    /// Defaults that contradict the schema's type (Python reprs on date-times, say) are dropped.
    private mutating func checkDefault(_ value: Node, _ schema: inout Schema, _ pointer: JSONPointer) {
        guard let type = schema.type else { return }
        let fits: Bool
        switch type {
        case "string":
            guard let text = value.string else {
                fits = value.isNull
                break
            }
            if schema.format == "date-time" || schema.format == "date" {
                fits = text.count >= 10 && text.prefix(4).allSatisfy(\.isNumber) && text.dropFirst(4).first == "-"
            } else {
                fits = value.scalar != nil
            }
        case "integer": fits = value.int != nil || value.isNull
        case "number": fits = value.double != nil || value.isNull
        case "boolean": fits = value.bool != nil || value.isNull
        case "array": fits = value.items != nil
        case "object": fits = value.entries != nil
        default: fits = true
        }
        if !fits {
            let shown = value.string.map { "'\($0)'" } ?? value.kindName
            warn("default \(shown) is not a valid \(schema.format ?? type); ignored", value, pointer / "default")
            schema.defaultValue = nil
        }
    }
}
