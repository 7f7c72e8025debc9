import Foundation
import Naming
import Testing

/// A schema may not take a name the generated file scope relies on: the reserved list is checked
/// against the templates themselves, so it cannot drift when a template starts naming a new type.
@Suite struct ReservedNamesTests {
    /// Generic parameters and types nested in the runtime's own declarations: a top-level type of that
    /// name cannot shadow them where they are used.
    static let scoped: Set<String> = [
        "T", "Value", "Wrapped", "Key", "Box", "Context", "Declared", "Gate", "Kind", "Method", "Name", "Part",
        "Scalar", "RawValue", "CodingKeys", "Item", "Element", "Iterator", "Fetch", "StringInterpolation",
    ]

    /// The Swift templates' text without comments, string literals and Mustache tags.
    private func swiftTemplateCode() throws -> [(file: String, code: String)] {
        try ["swift", "support"].flatMap { folder in
            let directory = Paths.templates.appendingPathComponent(folder)
            return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
                $0.hasSuffix(".mustache")
            }.sorted().map { name in
                let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                let code = text.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
                    .replacingOccurrences(of: #""[^"\n]*""#, with: "", options: .regularExpression)
                    .replacingOccurrences(of: #"\{\{\{?[^}]*\}\}\}?"#, with: " ", options: .regularExpression)
                return ("\(folder)/\(name)", code)
            }
        }
    }

    private func matches(_ pattern: String, in text: String, group: Int = 0) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: group), in: text).map { String(text[$0]) }
        }
    }

    @Test func everyTopLevelRuntimeDeclarationIsReserved() throws {
        let declaration =
            #"^(?:@\w+\s+|(?:public|package|internal|nonisolated|private|fileprivate|final|indirect)\s+|\s)*(?:struct|enum|class|protocol|func|typealias|extension|actor)\s+([A-Za-z_]\w*)"#
        var declared: Set<String> = []
        for template in try swiftTemplateCode() where template.file.hasPrefix("support/") {
            // Top level only: lines that start a declaration at column 0 (after the access tag is removed).
            let topLevel = template.code.split(separator: "\n").filter { !$0.hasPrefix("    ") && !$0.hasPrefix("\t") }
                .joined(separator: "\n")
            declared.formUnion(try matches(declaration, in: topLevel, group: 1))
        }
        #expect(declared.contains("OneOfDecoding") && declared.contains("TolerantObject") && declared.count > 30)
        let missing = declared.subtracting(Naming.reservedTypeNames).sorted()
        #expect(missing.isEmpty, "support runtime names a schema could shadow: \(missing)")
    }

    @Test func everyTypeTheTemplatesNameIsReserved() throws {
        var named: Set<String> = []
        for template in try swiftTemplateCode() {
            named.formUnion(try matches(#"\b[A-Z][A-Za-z0-9]*\b"#, in: template.code))
        }
        #expect(named.contains("Decoder") && named.contains("PercentEncoding"))
        let missing = named.subtracting(Naming.reservedTypeNames).subtracting(Self.scoped).sorted()
        #expect(missing.isEmpty, "templates name types a schema could shadow: \(missing)")
    }

    @Test func reservedSchemaNamesGetASuffix() {
        #expect(Naming.typeName("Decoder") == "DecoderModel")
        #expect(Naming.typeName("percent_encoding") == "PercentEncodingModel")
    }
}
