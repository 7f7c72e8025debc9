import Diagnostics
import Naming
import OpenAPIModel

/// Translates a document into the IR. Pure: same document, same IR.
package enum IRBuilder {
    package static func build(_ document: Document, options: IROptions = IROptions()) -> (
        api: API, diagnostics: [Diagnostic]
    ) {
        var builder = Builder(document: document, options: options)
        let api = builder.run()
        return (api, builder.diagnostics.all)
    }
}

struct Builder {
    let document: Document
    let options: IROptions
    var diagnostics = DiagnosticBag()
    var table = TypeTable()
    /// Component schema name -> Swift type name.
    var componentNames: [String: String] = [:]
    var componentSchemas: [String: Schema] = [:]
    /// See `referenceCycles(_:)`.
    var referenceCycles: Set<String> = []
    /// Guards inline `$ref` chains that point at non-component schemas.
    var resolving: Set<JSONPointer> = []
    /// In-place translations of non-component `$ref`s so far (see `IROptions.maxInlineReferenceExpansions`).
    var inlineExpansions = 0

    init(document: Document, options: IROptions) {
        self.document = document
        self.options = options
    }

    mutating func warn(_ message: String, _ origin: Origin) {
        diagnostics.warning(message, at: origin.location, pointer: origin.pointer)
    }

    mutating func run() -> API {
        claimComponentNames()
        let plans = planOperations()
        referenceCycles = Self.referenceCycles(componentSchemas)
        for (name, schema) in document.components.schemas {
            guard let swiftName = componentNames[name] else { continue }
            declareComponent(schema, name: swiftName, componentName: name)
        }
        let groups = translateOperations(plans)
        markIndirectProperties()
        markDecodedTypes(groups)
        if document.securitySchemes.isEmpty {
            diagnostics.note(
                "the spec declares no securitySchemes; use BearerTokenMiddleware (or your own middleware) if the API needs a token",
                at: document.origin.location,
                pointer: JSONPointer(["components"])
            )
        }
        return API(
            title: document.info.title,
            version: document.info.version,
            description: document.info.description,
            serverURL: document.servers.first?.url,
            tags: groups,
            types: table.assemble()
        )
    }

    /// Sorted, so a schema's Swift name never depends on where it sits in the file.
    private mutating func claimComponentNames() {
        for (name, schema) in document.components.schemas.sorted(by: { $0.name < $1.name }) {
            componentSchemas[name] = schema
            let claimed = table.claimTopLevel(Naming.typeName(name))
            if claimed.collided {
                warn(
                    "schema '\(name)' becomes Swift type '\(claimed.name)' because its name collides with another type",
                    schema.origin
                )
            }
            componentNames[name] = claimed.name
        }
    }
}
