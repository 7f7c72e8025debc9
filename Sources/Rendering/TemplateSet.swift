import Foundation
import Templating

/// The built-in templates with a user's overrides laid over them, by name.
public struct TemplateSet: Sendable {
    public private(set) var sources: [String: String]
    /// Names taken from the override folder, reported so users see what they replaced.
    public private(set) var overridden: [String] = []
    private var overrideDirectory: String?

    /// The manifest's entries, already parsed (`TemplateSet.load` in GeneratorKit reads the YAML).
    public private(set) var manifest: [ManifestEntry]

    /// `sources` by template name (the manifest's text may be among them; it is not compiled).
    public init(
        sources: [String: String],
        manifest: [ManifestEntry],
        overridden: [String] = [],
        overrideDirectory: String? = nil
    ) {
        self.sources = sources
        self.manifest = manifest
        self.overridden = overridden
        self.overrideDirectory = overrideDirectory
    }

    /// The templates compiled into the generator, manifest text included, by name.
    package static var builtInSources: [String: String] { BuiltinTemplates.all }

    /// Compiles every template; an error names the file it came from, line and column.
    func library() throws(RenderError) -> TemplateLibrary {
        do {
            return try TemplateLibrary(sources: sources.filter { $0.key != "manifest.yaml" })
        } catch {
            throw renderError(error)
        }
    }

    /// A template error located in the file the template came from.
    func renderError(_ error: TemplateError) -> RenderError {
        .templateSyntax(
            name: error.template,
            file: file(of: error.template),
            line: error.line,
            column: error.column,
            message: error.message
        )
    }

    /// Where a template's text came from, for error messages.
    private func file(of name: String) -> String {
        if let overrideDirectory, overridden.contains(name) {
            return URL(fileURLWithPath: overrideDirectory).appendingPathComponent(name + ".mustache").path
        }
        return "Templates/\(name).mustache (built in)"
    }
}
