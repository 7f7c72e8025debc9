import Foundation
import PackagePlugin

/// Generates a client at build time from `openapi.yaml` (or .yml/.json; a Swagger 2.0 spec may be `swagger.yaml`/.yml/.json)
/// in the target's folder, with the
/// optional `*.overlay.yaml` files, `*.known-defects.yaml` lists of accepted warnings, `openapi-generator.yaml`
/// config and `Templates/` folder beside it.
/// Outputs are always the same four files, so an unchanged spec costs no regeneration and no rebuild.
@main
struct GenerateClientPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let directory = target.directoryURL
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        let specNames = ["openapi.yaml", "openapi.yml", "openapi.json", "swagger.yaml", "swagger.yml", "swagger.json"]
        guard let spec = names.first(where: specNames.contains) else {
            throw PluginFailure(
                "target \(target.name) has no openapi.yaml, openapi.yml, openapi.json, swagger.yaml, swagger.yml or swagger.json"
            )
        }
        let overlays = names.filter { $0.hasSuffix(".overlay.yaml") || $0.hasSuffix(".overlay.yml") }
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        var arguments = [
            "run", "--spec", directory.appending(path: spec).path, "--output", output.path, "--module-name",
            target.name, "--bundle", "--no-docs",
        ]
        var inputs = [directory.appending(path: spec)]
        for overlay in overlays {
            arguments += ["--overlay", directory.appending(path: overlay).path]
            inputs.append(directory.appending(path: overlay))
        }
        for list in names.filter({ $0.hasSuffix(".known-defects.yaml") || $0.hasSuffix(".known-defects.yml") }) {
            arguments += ["--known-defects", directory.appending(path: list).path]
            inputs.append(directory.appending(path: list))
        }
        if names.contains("openapi-generator.yaml") {
            arguments += ["--config", directory.appending(path: "openapi-generator.yaml").path]
            inputs.append(directory.appending(path: "openapi-generator.yaml"))
        }
        let templates = directory.appending(path: "Templates")
        if FileManager.default.fileExists(atPath: templates.path) {
            arguments += ["--templates", templates.path]
            let files = FileManager.default.enumerator(atPath: templates.path)?.allObjects as? [String] ?? []
            inputs += files.sorted().map { templates.appending(path: $0) }
        }
        return [
            .buildCommand(
                displayName: "Generating the OpenAPI client of \(target.name)",
                executable: try context.tool(named: "generate").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: ["Client.swift", "Models.swift", "Operations.swift", "Support.swift"].map {
                    output.appending(path: $0)
                }
            )
        ]
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
