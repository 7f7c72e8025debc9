import Foundation
import IR
import Mustache
import Naming

/// A file rendered in memory, path relative to the output directory.
public struct GeneratedFile: Sendable, Hashable {
    public var path: String
    public var contents: String
}

public struct RenderOptions: Sendable {
    public var moduleName: String
    /// `public`, `package` or `internal`.
    public var accessLevel: String
    public var includeDocs: Bool
    public var includeSupport: Bool

    public init(moduleName: String, accessLevel: String = "public", includeDocs: Bool = true, includeSupport: Bool = true) {
        self.moduleName = moduleName
        self.accessLevel = accessLevel
        self.includeDocs = includeDocs
        self.includeSupport = includeSupport
    }
}

/// Renders the IR through the templates named in the manifest. Same IR and templates, same bytes.
public enum Renderer {
    public static func render(_ api: API, options: RenderOptions, templates: TemplateSet) throws(RenderError) -> [GeneratedFile] {
        let library = try templates.library()
        let entries = try templates.manifest()
        let access = options.accessLevel
        let tagViews = api.tags.map { TagView($0, access: access) }
        let modelStems = fileStems(api.types.map(\.name))
        let summaries = api.types.map { ModelSummary(name: $0.name, fileStem: modelStems[$0.name] ?? $0.name, description: SwiftText.singleLine($0.description)) }
        let apiView = APIView(
            access: access, module: options.moduleName, title: api.title, version: api.version,
            description: api.description ?? "", models: summaries)
        let tagStems = fileStems(api.tags.map(\.typeName))
        let tagBoxes = tagViews.map { ($0.typeName, ViewBox.flatten($0)) }
        // The index templates see the same tag boxes; flattening them twice doubled the cost.
        var apiFields = (ViewBox.flatten(apiView) as? ViewBox)?.fields ?? [:]
        apiFields["tags"] = tagBoxes.map(\.1)
        let apiBox = ViewBox(fields: apiFields)
        var files: [GeneratedFile] = []
        for entry in entries where (options.includeDocs || !entry.isDocs) && (options.includeSupport || !entry.isSupport) {
            guard library.getTemplate(named: entry.template) != nil else { throw RenderError.unknownTemplate(entry.template) }
            switch entry.each {
            case .once:
                files.append(try render(library, entry, name: "", context: ["api": apiBox, "access": access], module: options.moduleName))
            case .tag:
                for (typeName, tag) in tagBoxes {
                    let context: [String: Any] = ["tag": tag, "api": apiBox, "access": access]
                    files.append(try render(library, entry, name: tagStems[typeName] ?? typeName, context: context, module: options.moduleName))
                }
            case .model:
                for type in api.types {
                    let context: [String: Any] = ["type": try typeBox(TypeView(type, access: access), library), "api": apiBox, "access": access]
                    files.append(try render(library, entry, name: modelStems[type.name] ?? type.name, context: context, module: options.moduleName))
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    private static func render(_ library: MustacheLibrary, _ entry: ManifestEntry, name: String, context: [String: Any], module: String) throws(RenderError) -> GeneratedFile {
        guard let text = library.render(context, withTemplate: entry.template) else { throw RenderError.unknownTemplate(entry.template) }
        let path = entry.path.replacingOccurrences(of: "{module}", with: Naming.fileStem(module)).replacingOccurrences(of: "{name}", with: name)
        return GeneratedFile(path: path, contents: normalize(text))
    }

    /// Nested types are rendered first and indented here: Mustache's partial indentation only moves
    /// the first line of each section, which misaligned nested declarations.
    static func typeBox(_ view: TypeView, _ library: MustacheLibrary) throws(RenderError) -> ViewBox {
        var fields = (ViewBox.flatten(view) as? ViewBox)?.fields ?? [:]
        var nestedCode: [String] = []
        for nested in view.nested {
            guard let text = library.render(try typeBox(nested, library), withTemplate: "swift/type") else {
                throw RenderError.unknownTemplate("swift/type")
            }
            nestedCode.append(indent(normalize(text).dropLast()))
        }
        fields["nested"] = nil
        fields["nestedCode"] = nestedCode
        return ViewBox(fields: fields)
    }

    static func indent(_ text: Substring) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }
            .joined(separator: "\n")
    }

    /// One trailing newline and no runs of blank lines, whatever the templates' whitespace.
    static func normalize(_ text: String) -> String {
        // Byte-wise: Character iteration over every rendered line was a tenth of the render time.
        var lines: [ArraySlice<UInt8>] = []
        var blank = 0
        let bytes = Array(text.utf8)
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let isBlank = line.allSatisfy { $0 == UInt8(ascii: " ") }
            blank = isBlank ? blank + 1 : 0
            if blank <= 1 { lines.append(isBlank ? [] : line) }
        }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 1)
        for line in lines {
            out.append(contentsOf: line)
            out.append(UInt8(ascii: "\n"))
        }
        return out.isEmpty ? "\n" : String(decoding: out, as: UTF8.self)
    }

    /// File names that stay distinct on case-insensitive file systems.
    static func fileStems(_ names: [String]) -> [String: String] {
        var namer = UniqueNamer(caseInsensitive: true)
        var result: [String: String] = [:]
        for name in names.sorted() { result[name] = namer.claim(Naming.fileStem(name)).name }
        return result
    }
}
