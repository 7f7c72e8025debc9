// One fuzz input through the whole pipeline: bytes -> SpecLoader (YAML, model, IR) -> Renderer (files in
// memory). Nothing touches the disk. Returns a violated invariant, or nil.
import GeneratorKit
import Rendering

enum FuzzOneInput {
    static func run(_ bytes: [UInt8], templates: TemplateSet) -> String? {
        let loaded = SpecLoader.load(bytes: bytes, file: "fuzz.yaml")
        guard let api = loaded.api, !loaded.hasErrors else { return nil }
        let options = RenderOptions(moduleName: "FuzzAPI")
        guard let files = try? Renderer.render(api, options: options, templates: templates) else { return nil }
        // Every rendered path stays inside the output directory.
        for file in files {
            let components = file.path.split(separator: "/", omittingEmptySubsequences: false)
            if file.path.hasPrefix("/") || components.contains("..") || components.contains("") {
                return "rendered path escapes the output directory: \(file.path)"
            }
        }
        return nil
    }
}
