import Foundation
import Templating

/// The built-in templates with a user's overrides laid over them, by name.
public struct TemplateSet: Sendable {
    public private(set) var sources: [String: String]
    /// Names taken from the override folder, reported so users see what they replaced.
    public private(set) var overridden: [String] = []
    private var overrideDirectory: String?

    public init(overrideDirectory: String? = nil) throws(RenderError) {
        sources = BuiltinTemplates.all
        guard let overrideDirectory else { return }
        self.overrideDirectory = overrideDirectory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: overrideDirectory, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw RenderError.unreadableTemplate(path: overrideDirectory)
        }
        let root = URL(fileURLWithPath: overrideDirectory)
        let files = (FileManager.default.enumerator(atPath: overrideDirectory)?.allObjects as? [String] ?? []).sorted()
        for relative in files {
            let name: String
            if relative.hasSuffix(".mustache") {
                name = String(relative.dropLast(".mustache".count))
            } else if relative == "manifest.yaml" {
                name = relative
            } else {
                continue
            }
            let path = root.appendingPathComponent(relative).path
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
            else {
                throw RenderError.unreadableTemplate(path: path)
            }
            sources[name] = text
            overridden.append(name)
        }
    }

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

    func manifest() throws(RenderError) -> [ManifestEntry] {
        guard let text = sources["manifest.yaml"] else {
            throw RenderError.manifest("error: no manifest.yaml among the templates")
        }
        return try TemplateManifest.parse(
            text,
            file: overridden.contains("manifest.yaml") ? "manifest.yaml (override)" : "Templates/manifest.yaml"
        )
    }
}
