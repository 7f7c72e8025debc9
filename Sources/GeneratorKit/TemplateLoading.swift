import Foundation
import Rendering

extension TemplateSet {
    /// The built-in templates with a user's overrides laid over them, and the manifest in effect parsed.
    /// Reading files and YAML happens here, so rendering only ever sees values.
    public static func load(overrideDirectory: String? = nil) throws(RenderError) -> TemplateSet {
        var sources = builtInSources
        var overridden: [String] = []
        if let overrideDirectory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overrideDirectory, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                throw RenderError.unreadableTemplate(path: overrideDirectory)
            }
            let root = URL(fileURLWithPath: overrideDirectory)
            let files =
                (FileManager.default.enumerator(atPath: overrideDirectory)?.allObjects as? [String] ?? []).sorted()
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
                guard let data = FileManager.default.contents(atPath: path),
                    let text = String(data: data, encoding: .utf8)
                else {
                    throw RenderError.unreadableTemplate(path: path)
                }
                sources[name] = text
                overridden.append(name)
            }
        }
        guard let manifestText = sources["manifest.yaml"] else {
            throw RenderError.manifest("error: no manifest.yaml among the templates")
        }
        let manifest = try TemplateManifest.parse(
            manifestText,
            file: overridden.contains("manifest.yaml") ? "manifest.yaml (override)" : "Templates/manifest.yaml"
        )
        return TemplateSet(
            sources: sources,
            manifest: manifest,
            overridden: overridden,
            overrideDirectory: overrideDirectory
        )
    }
}
