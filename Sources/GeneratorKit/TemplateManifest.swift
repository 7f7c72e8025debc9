import Diagnostics
import Rendering
import YAMLLoader

/// `manifest.yaml` is YAML, read here beside the other loaders so rendering never parses text.
enum TemplateManifest {
    /// Parses the manifest; a malformed entry is a located error, never a crash.
    static func parse(_ text: String, file: String) throws(RenderError) -> [ManifestEntry] {
        let loaded = YAMLLoader.load(text, file: file)
        if let error = loaded.diagnostics.first(where: { $0.severity == .error }) {
            throw RenderError.manifest(error.description)
        }
        guard let items = loaded.root?.items else {
            throw RenderError.manifest(
                "\(file):1:1: error: the manifest must be a list of {template, each, path} entries"
            )
        }
        var entries: [ManifestEntry] = []
        for item in items {
            let location = item.mark.location(in: file).description
            guard let template = item["template"]?.string, let path = item["path"]?.string else {
                throw RenderError.manifest("\(location): error: a manifest entry needs 'template' and 'path'")
            }
            let eachText = item["each"]?.string ?? "once"
            guard let each = ManifestEntry.Each(rawValue: eachText) else {
                throw RenderError.manifest("\(location): error: 'each' must be once, tag or model, not '\(eachText)'")
            }
            entries.append(
                ManifestEntry(
                    template: template,
                    each: each,
                    path: path,
                    isDocs: item["docs"]?.bool ?? false,
                    isSupport: item["support"]?.bool ?? false
                )
            )
        }
        return entries
    }
}
