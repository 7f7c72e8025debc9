import Diagnostics
import YAMLLoader

/// Turns a loaded node tree into a `Document`, reporting every defect and keeping going.
package enum DocumentParser {
    /// `overlayFiles`: the overlays applied to `root`, in order, so nodes they inserted are located in them.
    package static func parse(_ root: Node, file: String, overlayFiles: [String] = []) -> (
        document: Document?, diagnostics: [Diagnostic]
    ) {
        var context = ParserContext(files: [file] + overlayFiles)
        let document = context.document(root)
        return (document, context.diagnostics.all)
    }

    /// Load and parse in one step.
    package static func load(_ bytes: [UInt8], file: String, limits: LoaderLimits = .standard) -> (
        document: Document?, diagnostics: [Diagnostic]
    ) {
        let loaded = YAMLLoader.load(bytes, file: file, limits: limits)
        guard let root = loaded.root, !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
            return (nil, loaded.diagnostics)
        }
        let parsed = parse(root, file: file)
        return (parsed.document, loaded.diagnostics + parsed.diagnostics)
    }
}

extension ParserContext {
    mutating func document(_ root: Node) -> Document? {
        let top = JSONPointer()
        guard root.entries != nil else {
            error("an OpenAPI document must be a mapping at the top level, not \(root.kindName)", root, top)
            return nil
        }
        var version = "3.0.0"
        if let swagger = root["swagger"] {
            error(
                "Swagger \(swagger.string ?? "2.0") documents are not supported; convert to OpenAPI 3.0 or 3.1 first",
                swagger,
                top / "swagger"
            )
            return nil
        }
        if let openapi = root["openapi"], let text = openapi.string {
            if text.hasPrefix("3.0") || text.hasPrefix("3.1") {
                version = text
            } else {
                warn("openapi version '\(text)' is not 3.0.x or 3.1.x; reading it as 3.0", openapi, top / "openapi")
            }
        } else {
            warn("missing 'openapi' version; reading the document as OpenAPI 3.0", root, top)
        }
        let info = self.info(root["info"], top / "info", root: root)
        let servers = self.servers(root["servers"], top / "servers")
        let tags = self.tags(root["tags"], top / "tags")
        let components = self.components(root["components"], top / "components")
        var paths: [PathItem] = []
        if let pathsNode = root["paths"], let entries = mapping(pathsNode, top / "paths", what: "paths") {
            for entry in entries {
                if let item = pathItem(entry, top / "paths" / entry.key) { paths.append(item) }
            }
        }
        var schemes: [String] = []
        if let securityNode = root["components"]?["securitySchemes"], let entries = securityNode.entries {
            schemes = entries.map(\.key)
        }
        return Document(
            files: files,
            openAPIVersion: version,
            info: info,
            servers: servers,
            tags: tags,
            paths: paths,
            components: components,
            securitySchemes: schemes,
            references: resolveReferences(in: root, componentSchemas: Set(components.schemas.map(\.name))),
            origin: origin(top, root)
        )
    }

    private mutating func info(_ node: Node?, _ pointer: JSONPointer, root: Node) -> Info {
        guard let node, node.entries != nil else {
            warn("missing 'info'; the API is named 'API'", root, pointer)
            return Info(title: "API", version: "", description: nil)
        }
        let title = string(node["title"], pointer / "title", what: "info.title") ?? "API"
        let version = string(node["version"], pointer / "version", what: "info.version") ?? ""
        let description = string(node["description"], pointer / "description", what: "info.description")
        return Info(title: title, version: version, description: description)
    }

    private mutating func servers(_ node: Node?, _ pointer: JSONPointer) -> [Server] {
        guard let node, let items = list(node, pointer, what: "servers") else { return [] }
        var servers: [Server] = []
        for (index, item) in items.enumerated() {
            guard let url = string(item["url"], pointer / index / "url", what: "server url") else {
                warn("a server without 'url' is skipped", item, pointer / index)
                continue
            }
            servers.append(Server(url: url, description: item["description"]?.string))
        }
        return servers
    }

    private mutating func tags(_ node: Node?, _ pointer: JSONPointer) -> [Tag] {
        guard let node, let items = list(node, pointer, what: "tags") else { return [] }
        var tags: [Tag] = []
        for (index, item) in items.enumerated() {
            guard let name = string(item["name"], pointer / index / "name", what: "tag name") else {
                warn("a tag without 'name' is skipped", item, pointer / index)
                continue
            }
            tags.append(Tag(name: name, description: item["description"]?.string))
        }
        return tags
    }

    private mutating func components(_ node: Node?, _ pointer: JSONPointer) -> Components {
        var components = Components()
        guard let node, let entries = mapping(node, pointer, what: "components") else { return components }
        for section in entries {
            let sectionPointer = pointer / section.key
            guard let items = mapping(section.value, sectionPointer, what: "components.\(section.key)") else {
                continue
            }
            for item in items {
                let itemPointer = sectionPointer / item.key
                switch section.key {
                case "schemas":
                    components.schemas.append((item.key, schema(item.value, itemPointer)))
                case "parameters":
                    keep(parameter(item.value, itemPointer), .parameter, \.parameters, itemPointer, item.value)
                case "requestBodies":
                    keep(requestBody(item.value, itemPointer), .requestBody, \.requestBodies, itemPointer, item.value)
                case "responses":
                    keep(response(item.value, itemPointer), .response, \.responses, itemPointer, item.value)
                case "headers":
                    keep(header(item.value, itemPointer), .header, \.headers, itemPointer, item.value)
                default:
                    break
                }
            }
        }
        return components
    }

    /// Puts a component into the reference table. The first one at a pointer is the one a `$ref` reaches
    /// (the loader reports duplicate keys); its node's mark lets `resolveReferences` check it is that node.
    private mutating func keep<Value>(
        _ parsed: Value?,
        _ kind: ReferenceKind,
        _ table: WritableKeyPath<ReferenceTable, [JSONPointer: Value]>,
        _ pointer: JSONPointer,
        _ node: Node
    ) {
        let key = PendingReference(kind: kind, target: pointer)
        guard componentMarks[key] == nil else { return }
        componentMarks[key] = node.mark
        references[keyPath: table][pointer] = parsed
    }
}
