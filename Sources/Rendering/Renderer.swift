import FileOutput
import Foundation
import IR
import Naming
import Parallel
import Templating

public struct RenderOptions: Sendable, Codable, Equatable {
    public var moduleName: String
    public var accessLevel: AccessLevel
    public var includeDocs: Bool
    public var includeSupport: Bool
    public var decoding: DecodingPolicy
    /// Only stated in the generated header; the IR already holds the number types.
    public var numbers: NumberRepresentation
    /// An enum every model type is declared in (`Budgea.Transaction`), so an app importing the client beside
    /// SwiftUI, StoreKit or Combine never meets two `Transaction`s; nil declares models at the top level.
    public var modelNamespace: String?

    public init(
        moduleName: String,
        accessLevel: AccessLevel = .public,
        includeDocs: Bool = true,
        includeSupport: Bool = true,
        decoding: DecodingPolicy = .tolerant,
        numbers: NumberRepresentation = .decimal,
        modelNamespace: String? = nil
    ) {
        self.modelNamespace = modelNamespace
        self.moduleName = moduleName
        self.decoding = decoding
        self.numbers = numbers
        self.accessLevel = accessLevel
        self.includeDocs = includeDocs
        self.includeSupport = includeSupport
    }
}

/// Renders the IR through the templates named in the manifest. Same IR and templates, same bytes.
package enum Renderer {
    package static func render(_ api: API, options: RenderOptions, templates: TemplateSet) throws(RenderError)
        -> [RenderedFile]
    {
        let library = try templates.library()
        let entries = templates.manifest
        let access = options.accessLevel.rawValue
        let modelStems = fileStems(api.types.map(\.name))
        let summaries = api.types.map { ModelSummary($0, fileStem: modelStems[$0.name] ?? $0.name) }
        let tagStems = fileStems(api.tags.map(\.typeName))
        // Each view is built once and shared by every template that shows it (code, docs, index).
        let spelling = TypeSpelling(namespace: options.modelNamespace)
        let typeIndex = Self.index(api.types)
        let tags = try api.tags.parallelMap {
            templateValue(TagView($0, access: access, spelling: spelling, types: typeIndex))
        }.map { result throws(RenderError) in try result.get() }
        let models = try api.types.parallelMap {
            templateValue(TypeView($0, access: access, decoding: options.decoding, spelling: spelling))
        }.map { result throws(RenderError) in try result.get() }
        let apiValue = try templateValue(
            APIView(
                access: access,
                module: options.moduleName,
                title: api.title,
                version: api.version,
                description: APIGuide.markdown(api.description),
                models: summaries,
                modelNamespace: options.modelNamespace,
                exampleServerURL: SwiftText.literal(ExampleServerURL.from(api.serverURL)),
                decodingPolicy: "\(options.decoding.rawValue) decoding",
                policyHeader: Self.policyHeader(options),
                tags: tags
            )
        ).get()
        var jobs: [RenderJob] = []
        for entry in entries
        where (options.includeDocs || !entry.isDocs) && (options.includeSupport || !entry.isSupport) {
            guard library.contains(entry.template) else { throw RenderError.unknownTemplate(entry.template) }
            switch entry.each {
            case .once:
                jobs.append(RenderJob(entry: entry, name: "", context: ["api": apiValue, "access": .text(access)]))
            case .tag:
                for (tag, value) in zip(api.tags, tags) {
                    let context: TemplateValue = ["tag": value, "api": apiValue, "access": .text(access)]
                    jobs.append(RenderJob(entry: entry, name: tagStems[tag.typeName] ?? tag.typeName, context: context))
                }
            case .model:
                for (type, value) in zip(api.types, models) {
                    let context: TemplateValue = ["type": value, "api": apiValue, "access": .text(access)]
                    jobs.append(RenderJob(entry: entry, name: modelStems[type.name] ?? type.name, context: context))
                }
            }
        }
        let results = jobs.parallelMap { job in
            Result { () throws(RenderError) in try render(library, job, options: options, templates: templates) }
        }
        var files: [RenderedFile] = []
        files.reserveCapacity(results.count)
        for result in results { files.append(try result.get()) }
        return files.sorted { $0.path < $1.path }
    }

    /// One file to render: which template, the `{name}` in its path, and what the template sees.
    private struct RenderJob: Sendable {
        var entry: ManifestEntry
        var name: String
        var context: TemplateValue
    }

    private static func render(
        _ library: TemplateLibrary,
        _ job: RenderJob,
        options: RenderOptions,
        templates: TemplateSet
    ) throws(RenderError) -> RenderedFile {
        let (entry, name) = (job.entry, job.name)
        let text: String
        do {
            text = try library.render(entry.template, context: job.context)
        } catch {
            throw templates.renderError(error)
        }
        let path = PathPattern.fill(entry.path, ["module": Naming.fileStem(options.moduleName), "name": name])
        return RenderedFile(path: path, contents: normalize(text))
    }

    /// What templates see of a view (`TemplateValueEncoder`). That encoder never fails; a view's own
    /// `encode(to:)` could, and would stop rendering with its error.
    private static func templateValue(_ view: some Encodable) -> Result<TemplateValue, RenderError> {
        do {
            return .success(try TemplateValue(encoding: view))
        } catch {
            return .failure(.view(String(describing: error)))
        }
    }

    /// Every type, nested ones included, by the qualified name `TypeRef.named` spells.
    static func index(_ types: [TypeDecl]) -> [String: TypeDecl] {
        var index: [String: TypeDecl] = [:]
        var pending = types
        while let type = pending.popLast() {
            index[type.qualifiedName] = type
            pending.append(contentsOf: type.nested)
        }
        return index
    }

    static func policyHeader(_ options: RenderOptions) -> String {
        let numbers = options.numbers == .decimal ? "Decimal" : "Double"
        return "Decoding: \(options.decoding.rawValue); numbers: \(numbers) (`generate --decoding`, `--numbers`)."
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
