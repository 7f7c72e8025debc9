import FileOutput

/// Folds the per-tag and per-model files into a fixed set of four, so a build plugin can declare its outputs
/// before it runs: `Client.swift`, `Operations.swift`, `Models.swift`, `Support.swift`. Docs are dropped.
public enum Bundler {
    /// The files a bundled run writes, known before generation so a build plugin can declare them.
    public static let fileNames = ["Client.swift", "Models.swift", "Operations.swift", "Support.swift"]

    /// The rendered Swift files folded into `fileNames`, imports merged; docs are dropped.
    public static func bundle(_ files: [RenderedFile], module: String) -> [RenderedFile] {
        var groups: [String: [RenderedFile]] = [:]
        for file in files where file.path.hasSuffix(".swift") {
            let parts = file.path.split(separator: "/").map(String.init)
            let group: String
            if parts.count >= 3, parts[1] == "Operations" {
                group = "Operations.swift"
            } else if parts.count >= 3, parts[1] == "Models" {
                group = "Models.swift"
            } else if parts.count >= 3, parts[1] == "Support" {
                group = "Support.swift"
            } else {
                group = "Client.swift"
            }
            groups[group, default: []].append(file)
        }
        return fileNames.map { name in
            let members = (groups[name] ?? []).sorted { $0.path < $1.path }
            let body = members.map { "// MARK: - \($0.path)\n\n" + $0.contents }.joined(separator: "\n")
            return RenderedFile(
                path: name,
                contents: body.isEmpty ? "// Nothing generated for \(module) in this file.\n" : body
            )
        }
    }
}
