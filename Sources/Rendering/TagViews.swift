import IR
import Naming
import Templating

/// What a tag template sees: the tag's type and its operations, ready to print.
struct TagView: Encodable {
    let access: String
    let name: String
    let nameCode: String
    let typeName: String
    let propertyName: String
    /// The property as declared: keyword-escaped (`default`).
    let propertyIdentifier: String
    let docLines: [String]
    let hasDoc: Bool
    let description: String
    let operations: [OperationView]
    let operationCount: Int
}

extension TagView {
    /// `types` finds response types by qualified name, to recognize list operations (`PagingView`).
    init(_ tag: TagGroup, access: String, spelling: TypeSpelling, types: [String: TypeDecl] = [:]) {
        self.access = access
        name = tag.name
        nameCode = SwiftText.inlineCode(tag.name)
        typeName = tag.typeName
        propertyName = tag.propertyName.name
        propertyIdentifier = tag.propertyName.declared
        docLines = SwiftText.docLines([tag.description])
        hasDoc = !docLines.isEmpty
        description = SwiftText.markdown(tag.description)
        let taken = Set(tag.operations.map(\.name))
        operations = tag.operations.map {
            OperationView(
                $0,
                tagProperty: tag.propertyName,
                access: access,
                spelling: spelling,
                types: types,
                taken: taken
            )
        }
        operationCount = operations.count
    }
}

/// The whole API for once-per-package templates (client, docs index).
struct APIView: Encodable {
    let access: String
    let module: String
    let title: String
    let version: String
    let description: String
    let models: [ModelSummary]
    /// The enum holding every model type, or nil when models are top-level.
    let modelNamespace: String?
    /// The spec's first server as a Swift string literal, for doc examples.
    let exampleServerURL: String
    /// `tolerant decoding` or `strict decoding`.
    let decodingPolicy: String
    /// The options that shaped the models, stated atop generated files.
    let policyHeader: String
    /// Converted once, beforehand: the tag templates show the same values.
    let tags: [TemplateValue]
}

struct ModelSummary: Encodable {
    let name: String
    let fileStem: String
    let description: String
}
