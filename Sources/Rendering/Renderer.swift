import Foundation
import IR
import Templating
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
        let modelStems = fileStems(api.types.map(\.name))
        let summaries = api.types.map { ModelSummary(name: $0.name, fileStem: modelStems[$0.name] ?? $0.name, description: SwiftText.singleLine($0.description)) }
        let tagStems = fileStems(api.tags.map(\.typeName))
        let tags = api.tags.map { ($0.typeName, TagView($0, access: access).value) }
        // The index templates see the same tag values, so each tag's view is built once.
        let apiValue = APIView(
            access: access, module: options.moduleName, title: api.title, version: api.version,
            description: api.description ?? "", models: summaries
        ).value(tags: tags.map(\.1))
        var files: [GeneratedFile] = []
        for entry in entries where (options.includeDocs || !entry.isDocs) && (options.includeSupport || !entry.isSupport) {
            guard library.contains(entry.template) else { throw RenderError.unknownTemplate(entry.template) }
            switch entry.each {
            case .once:
                files.append(try render(library, entry, name: "", context: ["api": apiValue, "access": .text(access)], options: options, templates: templates))
            case .tag:
                for (typeName, tag) in tags {
                    let context: TemplateValue = ["tag": tag, "api": apiValue, "access": .text(access)]
                    files.append(try render(library, entry, name: tagStems[typeName] ?? typeName, context: context, options: options, templates: templates))
                }
            case .model:
                for type in api.types {
                    let context: TemplateValue = ["type": TypeView(type, access: access).value, "api": apiValue, "access": .text(access)]
                    files.append(try render(library, entry, name: modelStems[type.name] ?? type.name, context: context, options: options, templates: templates))
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    private static func render(
        _ library: TemplateLibrary, _ entry: ManifestEntry, name: String, context: TemplateValue, options: RenderOptions, templates: TemplateSet
    ) throws(RenderError) -> GeneratedFile {
        let text: String
        do {
            text = try library.render(entry.template, context: context)
        } catch {
            throw RenderError.templateSyntax(name: error.template, file: templates.file(of: error.template), line: error.line, column: error.column, message: error.message)
        }
        let path = entry.path.replacing("{module}", with: Naming.fileStem(options.moduleName)).replacing("{name}", with: name)
        return GeneratedFile(path: path, contents: normalize(text))
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
