import Diagnostics
import FileOutput
import Foundation
import IR
import Naming
import Rendering

/// What a run was asked for: the inputs and the options given explicitly (nil means "the config file's, else
/// the default"). `Generator.prepare` resolves them.
public struct GenerateOptions: Sendable {
    /// The OpenAPI 3.x or Swagger 2.0 file, YAML or JSON.
    public var specPath: String
    /// Overlay files applied in order after loading, before the IR.
    public var overlays: [String]
    /// `*.known-defects.yaml` files: warnings they accept are summed up instead of printed.
    public var knownDefects: [String] = []
    /// Where the files go; only the writer touches it.
    public var outputDirectory: String
    /// nil: the config file's, else derived from the spec's title (`BudgeaAPI`).
    public var moduleName: String?
    /// Templates overriding the built-in ones by name.
    public var templatesDirectory: String?
    /// nil: the config file's choice, else `public`.
    public var accessLevel: AccessLevel?
    /// Write the Markdown docs (the config file can turn them off too).
    public var includeDocs: Bool
    /// Write the support runtime (`Support/*.swift`); goldens leave it out.
    public var includeSupport: Bool
    /// Fold output into the four fixed files a build plugin declares.
    public var bundle = false
    /// nil: the config file's choice, else `.tolerant`.
    public var decoding: DecodingPolicy?
    /// nil: the config file's choice, else `.decimal`.
    public var numbers: NumberRepresentation?
    /// nil: the config file's choice, else models at the top level.
    public var modelNamespace: String?
    /// The parsed `openapi-generator.yaml`, if any.
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
    /// One line for the terminal, located when the cause is.
    public var description: String
    /// Everything the stages reported before the failure.
    public var diagnostics: [Diagnostic]

    public init(description: String, diagnostics: [Diagnostic]) {
        self.description = description
        self.diagnostics = diagnostics
    }
}

/// The renderer's input: the filtered IR and the resolved options.
public struct Prepared: Sendable {
    /// The filtered IR.
    public var api: API
    /// Every option resolved: command line over config file over defaults.
    public var renderOptions: RenderOptions
    /// The loading stages' result, with their diagnostics.
    public var loaded: LoadedSpec
}

/// Everything rendered in memory, before anything touches the disk.
public struct Rendered: Sendable {
    /// Sorted by path; the writer applies them all or none.
    public var files: [RenderedFile]
    public var diagnostics: [Diagnostic]
    /// The module the files declare.
    public var moduleName: String
    /// Warnings accepted by known-defects files, per file.
    public var accepted: [AcceptedDefects] = []
}

/// The whole run in memory: `prepare` (load, convert, overlays, model, IR, filter, options) then `render`.
public enum Generator {
    /// Load, model, IR and render; nothing is written.
    public static func render(_ options: GenerateOptions) throws(GenerationFailure) -> Rendered {
        try render(try prepare(options), options: options)
    }

    /// Renders what `prepare` produced, so a caller that also needs the renderer's input loads the spec once.
    public static func render(_ prepared: Prepared, options: GenerateOptions) throws(GenerationFailure) -> Rendered {
        let loaded = prepared.loaded
        var files: [RenderedFile]
        do {
            let templates = try TemplateSet.load(overrideDirectory: options.templatesDirectory)
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
        // Checked here as well as where the option is read: a GenerateOptions built in code skips those.
        if let modelNamespace, let problem = ModelNamespace.problem(modelNamespace) {
            throw GenerationFailure(
                description: "error: the model namespace \(problem)",
                diagnostics: loaded.diagnostics
            )
        }
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
