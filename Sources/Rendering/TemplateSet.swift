import Foundation
import Mustache

/// The built-in templates with a user's overrides laid over them, by name.
public struct TemplateSet: Sendable {
    public private(set) var sources: [String: String]
    /// Names taken from the override folder, reported so users see what they replaced.
    public private(set) var overridden: [String] = []

    public init(overrideDirectory: String? = nil) throws(RenderError) {
        sources = BuiltinTemplates.all
        guard let overrideDirectory else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: overrideDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
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
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw RenderError.unreadableTemplate(path: path)
            }
            sources[name] = text
            overridden.append(name)
        }
    }

    /// Compiles every template; the text content type keeps `{{x}}` from HTML-escaping code.
    func library() throws(RenderError) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in sources where name != "manifest.yaml" {
            do {
                library.register(try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + text), named: name)
            } catch {
                throw RenderError.templateSyntax(name: name, message: String(describing: error))
            }
        }
        return library
    }

    func manifest() throws(RenderError) -> [ManifestEntry] {
        guard let text = sources["manifest.yaml"] else { throw RenderError.manifest("no manifest.yaml among the templates") }
        return try Manifest.parse(text, file: overridden.contains("manifest.yaml") ? "manifest.yaml (override)" : "Templates/manifest.yaml")
    }
}
