import Diagnostics
import YAMLLoader

extension Converter {
    /// A Swagger schema in 3.0 form: refs rewritten, `x-nullable` as `nullable`, `discriminator` as an
    /// object, `type: file` as a binary string. Values (`example`, `default`, `enum`) and extensions are copied.
    mutating func schema(_ node: Node, _ pointer: JSONPointer) -> Node {
        guard let entries = node.entries else { return node }
        var out: [Entry] = []
        for entry in entries {
            let here = pointer / entry.key
            let value = entry.value
            switch entry.key {
            case "$ref":
                out.append(Entry(key: entry.key, keyMark: entry.keyMark, value: ref(value, here)))
            case "x-nullable":
                out.append(Entry(key: "nullable", keyMark: entry.keyMark, value: value))
            case "discriminator" where value.scalar != nil:
                out.append(
                    Entry(
                        key: entry.key,
                        keyMark: entry.keyMark,
                        value: .mapping([Entry("propertyName", value)], at: value.mark)
                    )
                )
            case "type" where value.string == "file":
                out.append(Entry(key: "type", keyMark: entry.keyMark, value: .text("string", at: value.mark)))
                if node["format"] == nil { out.append(Entry("format", .text("binary", at: value.mark))) }
            case "format" where node["type"]?.string == "file":
                continue
            case "properties", "patternProperties":
                out.append(Entry(key: entry.key, keyMark: entry.keyMark, value: schemaMap(value, here)))
            case "items", "additionalProperties", "not":
                if value.items != nil {
                    out.append(Entry(key: entry.key, keyMark: entry.keyMark, value: schemaList(value, here)))
                } else {
                    out.append(Entry(key: entry.key, keyMark: entry.keyMark, value: schema(value, here)))
                }
            case "allOf", "anyOf", "oneOf":
                out.append(Entry(key: entry.key, keyMark: entry.keyMark, value: schemaList(value, here)))
            default:
                out.append(entry)
            }
        }
        return .mapping(out, at: node.mark)
    }

    private mutating func schemaMap(_ node: Node, _ pointer: JSONPointer) -> Node {
        guard let entries = node.entries else { return node }
        return .mapping(
            entries.map { Entry(key: $0.key, keyMark: $0.keyMark, value: schema($0.value, pointer / $0.key)) },
            at: node.mark
        )
    }

    private mutating func schemaList(_ node: Node, _ pointer: JSONPointer) -> Node {
        guard let items = node.items else { return node }
        return .sequence(items.enumerated().map { schema($0.element, pointer / $0.offset) }, at: node.mark)
    }

    /// `#/definitions/X` -> `#/components/schemas/X`, and likewise for shared parameters and responses.
    /// A local ref anywhere else has no 3.0 place: kept as written, with a warning. Refs to other files
    /// are kept for the model to report.
    mutating func ref(_ node: Node, _ pointer: JSONPointer) -> Node {
        guard let text = node.string else { return node }
        let moves = [
            ("#/definitions/", "#/components/schemas/"), ("#/parameters/", "#/components/parameters/"),
            ("#/responses/", "#/components/responses/"),
        ]
        for (old, new) in moves where text.hasPrefix(old) {
            return .text(new + text.dropFirst(old.count), at: node.mark)
        }
        if text.hasPrefix("#") {
            warn(
                "$ref '\(text)' points to no Swagger 2.0 definition, parameter or response; kept as written",
                node,
                pointer
            )
        }
        return node
    }
}
