import Diagnostics
import FileOutput
import Foundation
import IR
import Naming
import Rendering

public struct GenerateOptions: Sendable {
    public var specPath: String
    /// Overlay files applied in order after loading, before the IR.
    public var overlays: [String]
    /// `*.known-defects.yaml` files: warnings they accept are summed up instead of printed.
    public var knownDefects: [String] = []
    public var outputDirectory: String
    public var moduleName: String?
    public var templatesDirectory: String?
    /// nil: the config file's choice, else `public`.
    public var accessLevel: AccessLevel?
    public var includeDocs: Bool
    public var includeSupport: Bool
    /// Fold output into the four fixed files a build plugin declares.
    public var bundle = false
    /// nil: the config file's choice, else `.tolerant`.
    public var decoding: DecodingPolicy?
    /// nil: the config file's choice, else `.decimal`.
    public var numbers: NumberRepresentation?
    /// nil: the config file's choice, else models at the top level.
    public var modelNamespace: String?
    public var config = GeneratorConfig()
    /// Bytes the rendered files may total: 100 times the largest real client seen (dracoon, 2.7 MB with docs),
    /// so a small hostile spec cannot fill the disk.
    public var maxOutputBytes = 256 << 20

    public init(
        specPath: String,
        overlays: [String] = [],
        outputDirectory: String,
        moduleName: String? = nil,
        templatesDirectory: String? = nil,
        accessLevel: AccessLevel? = nil,
        includeDocs: Bool = true,
        includeSupport: Bool = true
    ) {
        self.includeSupport = includeSupport
        self.overlays = overlays
        self.specPath = specPath
        self.outputDirectory = outputDirectory
        self.moduleName = moduleName
        self.templatesDirectory = templatesDirectory
        self.accessLevel = accessLevel
        self.includeDocs = includeDocs
    }
}

/// Why a run produced nothing; the message is one line for the terminal.
public struct GenerationFailure: Error, CustomStringConvertible {
    public var description: String
    public var diagnostics: [Diagnostic]

    public init(description: String, diagnostics: [Diagnostic]) {
        self.description = description
        self.diagnostics = diagnostics
    }
}

/// The renderer's input: the filtered IR and the resolved options.
public struct Prepared: Sendable {
    public var api: API
    public var renderOptions: RenderOptions
    public var loaded: LoadedSpec
}

/// Everything rendered in memory, before anything touches the disk.
public struct Rendered: Sendable {
    public var files: [RenderedFile]
    public var diagnostics: [Diagnostic]
    public var moduleName: String
    /// Warnings accepted by known-defects files, per file.
    public var accepted: [AcceptedDefects] = []
}

public enum Generator {
    /// Load, model, IR and render; nothing is written.
    public static func render(_ options: GenerateOptions) throws(GenerationFailure) -> Rendered {
        let prepared = try prepare(options)
        let loaded = prepared.loaded
        var files: [RenderedFile]
        do {
            let templates = try TemplateSet(overrideDirectory: options.templatesDirectory)
            files = try Renderer.render(prepared.api, options: prepared.renderOptions, templates: templates)
        } catch {
            throw GenerationFailure(description: error.description, diagnostics: loaded.diagnostics)
        }
        let total = files.reduce(0) { $0 + $1.contents.utf8.count }
        if total > options.maxOutputBytes {
            throw GenerationFailure(
                description: "\(options.specPath): error: the generated files would total \(total) bytes, over the "
                    + "bound of \(options.maxOutputBytes); nothing written",
                diagnostics: loaded.diagnostics
            )
        }
        if options.bundle { files = Bundler.bundle(files, module: prepared.renderOptions.moduleName) }
        return Rendered(
            files: files,
            diagnostics: loaded.diagnostics,
            moduleName: prepared.renderOptions.moduleName,
            accepted: loaded.accepted
        )
    }

    /// Everything up to the renderer's input: the spec loaded and filtered, and every option resolved (the
    /// command line over the config file over the defaults).
    public static func prepare(_ options: GenerateOptions) throws(GenerationFailure) -> Prepared {
        let config = options.config
        let numbers = options.numbers ?? config.numbers ?? .decimal
        let loaded = SpecLoader.load(
            path: options.specPath,
            overlays: options.overlays,
            knownDefects: options.knownDefects,
            options: IROptions(numbers: numbers)
        )
        guard let loadedAPI = loaded.api, !loaded.hasErrors else {
            let first = loaded.diagnostics.first { $0.severity == .error }
            throw GenerationFailure(
                description: first?.description ?? "\(options.specPath): error: the spec could not be read",
                diagnostics: loaded.diagnostics
            )
        }
        let api = APIFilter.apply(config, to: loadedAPI)
        let modelNamespace = options.modelNamespace ?? config.modelNamespace
        if let modelNamespace, let clash = ModelNamespace.clash(modelNamespace, in: api) {
            throw GenerationFailure(
                description:
                    "error: the model namespace '\(modelNamespace)' is also \(clash); choose another (--model-namespace, config key modelNamespace)",
                diagnostics: loaded.diagnostics
            )
        }
        let renderOptions = RenderOptions(
            moduleName: options.moduleName ?? config.moduleName ?? defaultModuleName(api.title),
            accessLevel: options.accessLevel ?? config.accessLevel ?? .public,
            includeDocs: options.includeDocs && (config.docs ?? true) && !options.bundle,
            includeSupport: options.includeSupport,
            decoding: options.decoding ?? config.decoding ?? .tolerant,
            numbers: numbers,
            modelNamespace: modelNamespace
        )
        return Prepared(api: api, renderOptions: renderOptions, loaded: loaded)
    }

    /// "Budgea API Documentation" -> "BudgeaAPI".
    public static func defaultModuleName(_ title: String) -> String {
        let noise: Set<String> = [
            "api", "apis", "documentation", "docs", "spec", "specification", "openapi", "service", "rest", "the", "v1",
            "v2", "v3",
        ]
        let words = title.split { !$0.isLetter && !$0.isNumber }.filter { !noise.contains($0.lowercased()) }
        let stem = Naming.typeName(words.prefix(3).joined(separator: " "))
        return (stem == "Unnamed" ? "Generated" : stem) + "API"
    }
}
