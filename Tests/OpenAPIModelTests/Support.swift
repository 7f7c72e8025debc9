import Diagnostics
import Foundation
import OpenAPIModel
import Testing
import YAMLLoader

/// Four header lines (openapi, info, title, version); `body` therefore starts at line 5.
func loadSpec(_ body: String) -> (document: Document?, diagnostics: [Diagnostic]) {
    let text = "openapi: 3.0.3\ninfo:\n  title: T\n  version: \"1\"\n" + body
    return DocumentParser.load(Array(text.utf8), file: "spec.yaml")
}

/// A spec wrapping one schema as `components/schemas/S`, whose first key is on line 8.
func loadSchema(_ schemaBody: String) -> (schema: OpenAPIModel.Schema?, diagnostics: [Diagnostic]) {
    let indented = schemaBody.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(
        separator: "\n"
    )
    let result = loadSpec("components:\n  schemas:\n    S:\n" + indented + "\n")
    return (result.document?.components.schemas.first { $0.name == "S" }?.schema, result.diagnostics)
}

extension Diagnostic {
    var line: Int? { location?.line }
    var column: Int? { location?.column }
    var pointerText: String? { pointer?.description }
}
