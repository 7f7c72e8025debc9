import Diagnostics
import YAMLLoader

/// Converts a located Swagger 2.0 tree into an OpenAPI 3.0 tree before overlays and the model see it.
/// Whatever has no 3.0 form is a located warning in the original file.
package enum SwaggerConverter {
    /// The document says `swagger:` at its top level.
    package static func isSwagger(_ root: Node) -> Bool { root["swagger"] != nil }

    /// `root` converted; nil (with one error) when the document is a Swagger version other than 2.0.
    package static func convert(_ root: Node, file: String) -> (root: Node?, diagnostics: [Diagnostic]) {
        var converter = Converter(root: root, file: file)
        let converted = converter.document()
        return (converted, converter.diagnostics.all)
    }
}

/// The state of one conversion: the document's defaults and the diagnostics so far.
struct Converter {
    let root: Node
    let file: String
    var diagnostics = DiagnosticBag()
    let consumes: [String]
    let produces: [String]
    /// `parameters:` of the document, for body and form parameters, which are inlined where referenced.
    let sharedParameters: [String: Node]

    init(root: Node, file: String) {
        self.root = root
        self.file = file
        consumes = root["consumes"]?.strings ?? []
        produces = root["produces"]?.strings ?? []
        var shared: [String: Node] = [:]
        for entry in root["parameters"]?.entries ?? [] where shared[entry.key] == nil {
            shared[entry.key] = entry.value
        }
        sharedParameters = shared
    }

    mutating func warn(_ message: String, _ node: Node, _ pointer: JSONPointer) {
        diagnostics.warning(message, at: node.mark.location(in: file), pointer: pointer)
    }

    mutating func document() -> Node? {
        let top = JSONPointer()
        guard let entries = root.entries, let swagger = root["swagger"] else { return root }
        guard swagger.string?.hasPrefix("2.") == true else {
            diagnostics.error(
                "Swagger \(swagger.string ?? "") documents are not supported; only Swagger 2.0 is converted to OpenAPI 3.0",
                at: swagger.mark.location(in: file),
                pointer: top / "swagger"
            )
            return nil
        }
        var out: [Entry] = []
        var componentsMark: Mark?
        var serversDone = false
        for entry in entries {
            switch entry.key {
            case "swagger":
                out.append(Entry(key: "openapi", keyMark: entry.keyMark, value: .text("3.0.3", at: entry.value.mark)))
            case "host", "basePath", "schemes":
                guard !serversDone else { continue }
                serversDone = true
                if let servers = servers() { out.append(Entry(key: "servers", keyMark: entry.keyMark, value: servers)) }
            case "consumes", "produces":
                continue
            case "definitions", "parameters", "responses", "securityDefinitions":
                componentsMark = componentsMark ?? entry.keyMark
            case "paths":
                out.append(Entry(key: entry.key, keyMark: entry.keyMark, value: paths(entry.value, top / "paths")))
            default:
                out.append(entry)
            }
        }
        if let componentsMark {
            out.append(Entry(key: "components", keyMark: componentsMark, value: components(at: componentsMark)))
        }
        return .mapping(out, at: root.mark)
    }

    /// `schemes://host + basePath`, one server per scheme; `//host/basePath` without schemes, as
    /// swagger2openapi writes it (Budgea's 3.0 spec came from there).
    private func servers() -> Node? {
        let host = root["host"]?.string
        let basePath = root["basePath"]?.string ?? ""
        guard let anchor = root["host"] ?? root["basePath"] ?? root["schemes"] else { return nil }
        let urls: [String]
        if let host {
            let schemes = root["schemes"]?.strings ?? []
            urls = schemes.isEmpty ? ["//" + host + basePath] : schemes.map { "\($0)://\(host)\(basePath)" }
        } else if !basePath.isEmpty {
            urls = [basePath]
        } else {
            return nil
        }
        return .sequence(
            urls.map { url in .mapping([Entry("url", .text(url, at: anchor.mark))], at: anchor.mark) },
            at: anchor.mark
        )
    }

    private mutating func components(at mark: Mark) -> Node {
        let top = JSONPointer()
        var out: [Entry] = []
        if let definitions = root["definitions"], let entries = definitions.entries {
            let schemas = entries.map {
                Entry(key: $0.key, keyMark: $0.keyMark, value: schema($0.value, top / "definitions" / $0.key))
            }
            out.append(Entry("schemas", .mapping(schemas, at: definitions.mark)))
        }
        if let parameters = root["parameters"], let entries = parameters.entries {
            // Body and form parameters become parts of request bodies where they are referenced.
            let kept = entries.filter { !isBodyOrForm($0.value) }.map {
                Entry(key: $0.key, keyMark: $0.keyMark, value: parameter($0.value, top / "parameters" / $0.key))
            }
            if !kept.isEmpty { out.append(Entry("parameters", .mapping(kept, at: parameters.mark))) }
        }
        if let responses = root["responses"], let entries = responses.entries {
            let converted = entries.map {
                Entry(
                    key: $0.key,
                    keyMark: $0.keyMark,
                    value: response($0.value, top / "responses" / $0.key, produces: produces)
                )
            }
            out.append(Entry("responses", .mapping(converted, at: responses.mark)))
        }
        if let security = root["securityDefinitions"], let entries = security.entries {
            let schemes = entries.map {
                Entry(
                    key: $0.key,
                    keyMark: $0.keyMark,
                    value: securityScheme($0.value, top / "securityDefinitions" / $0.key)
                )
            }
            out.append(Entry("securitySchemes", .mapping(schemes, at: security.mark)))
        }
        return .mapping(out, at: mark)
    }

    func isBodyOrForm(_ parameter: Node) -> Bool {
        let location = parameter["in"]?.string
        return location == "body" || location == "formData"
    }
}
