import Diagnostics
import YAMLLoader

extension Converter {
    /// Keys of a non-body parameter (or form field, or header) that describe its value: they move into `schema`.
    static let valueKeys: Set<String> = [
        "type", "format", "items", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "enum", "multipleOf", "x-nullable",
    ]

    /// A path, query or header parameter in 3.0 form; `$ref`s are rewritten.
    mutating func parameter(_ node: Node, _ pointer: JSONPointer) -> Node {
        guard let entries = node.entries else { return node }
        if let target = node["$ref"] { return .mapping([Entry("$ref", ref(target, pointer / "$ref"))], at: node.mark) }
        var out: [Entry] = []
        var schemaPlaced = false
        for entry in entries {
            if Self.valueKeys.contains(entry.key) {
                guard !schemaPlaced else { continue }
                schemaPlaced = true
                out.append(Entry(key: "schema", keyMark: entry.keyMark, value: valueSchema(node, pointer)))
            } else if entry.key == "collectionFormat" {
                out += style(entry, of: node, pointer / "collectionFormat")
            } else {
                out.append(entry)
            }
        }
        if node["type"]?.string == "array", node["collectionFormat"] == nil {
            // Swagger's default is csv; 3.0's query default (form, exploded) repeats the name instead.
            out += style(nil, of: node, pointer / "collectionFormat")
        }
        return .mapping(out, at: node.mark)
    }

    /// The value keys of a parameter, form field or header as a schema (with the description for form fields).
    mutating func valueSchema(_ node: Node, _ pointer: JSONPointer, keeping extra: Set<String> = []) -> Node {
        let entries = (node.entries ?? []).filter { Self.valueKeys.contains($0.key) || extra.contains($0.key) }
        if node["type"]?.string == "file", node["in"]?.string != "formData" {
            warn("type 'file' is only meaningful for form parameters; read as a binary string", node, pointer / "type")
        }
        if let items = node["items"], items["collectionFormat"] != nil {
            warn(
                "collectionFormat of nested array items has no OpenAPI 3 form; ignored",
                items,
                pointer / "items" / "collectionFormat"
            )
        }
        return schema(
            .mapping(
                entries.map { entry in
                    guard entry.key == "items", let items = entry.value.entries else { return entry }
                    return Entry(
                        key: entry.key,
                        keyMark: entry.keyMark,
                        value: .mapping(items.filter { $0.key != "collectionFormat" }, at: entry.value.mark)
                    )
                },
                at: node.mark
            ),
            pointer
        )
    }

    /// `collectionFormat` as `style`/`explode` for the parameter's location; nil `entry` is the csv default.
    /// tsv has no 3.0 form, nor do non-csv formats in paths and headers: warned, sent as csv.
    mutating func style(_ entry: Entry?, of node: Node, _ pointer: JSONPointer) -> [Entry] {
        guard node["type"]?.string == "array" else { return [] }
        let format = entry?.value.string ?? "csv"
        let mark = entry?.value.mark ?? node.mark
        let location = node["in"]?.string ?? "query"
        let keyMark = entry?.keyMark ?? mark
        func pair(_ style: String, _ explode: Bool) -> [Entry] {
            [
                Entry(key: "style", keyMark: keyMark, value: .text(style, at: mark)),
                Entry(key: "explode", keyMark: keyMark, value: .plain(explode ? "true" : "false", at: mark)),
            ]
        }
        if location == "path" || location == "header" {
            if format != "csv", let value = entry?.value {
                warn(
                    "collectionFormat '\(format)' has no OpenAPI 3 form for a \(location) parameter; sent comma-separated",
                    value,
                    pointer
                )
            }
            return []
        }
        switch format {
        case "csv": return pair("form", false)
        case "ssv": return pair("spaceDelimited", false)
        case "pipes": return pair("pipeDelimited", false)
        case "multi": return pair("form", true)
        default:
            if let value = entry?.value {
                warn("collectionFormat '\(format)' has no OpenAPI 3 form; sent comma-separated", value, pointer)
            }
            return pair("form", false)
        }
    }

    /// A shared parameter named by `#/parameters/X`, when the ref is one.
    func sharedParameter(_ node: Node) -> Node? {
        guard let text = node["$ref"]?.string, text.hasPrefix("#/parameters/") else { return nil }
        let name =
            JSONPointer(fragment: text)?.tokens.dropFirst().first ?? String(text.dropFirst("#/parameters/".count))
        return sharedParameters[name]
    }
}
