import Foundation

/// Finds the spec in `spec/` when none is named: exactly one YAML/JSON file that is not an overlay, a
/// known-defects list or the config. The one place that decides it (the CLI, `--check` and the golden test of
/// Generated/ use it; the build plugin, which cannot import it, states the same rules for its inputs).
public enum SpecDiscovery {
    /// The files a run reads.
    public struct Inputs: Sendable {
        public var spec: String
        public var overlays: [String]
        public var knownDefects: [String]
        public var config: String?
    }

    /// The generator config beside the default spec.
    public static let configName = "openapi-generator.yaml"

    /// The files a command works on: the named ones, or by default spec/ with its overlays, known-defects
    /// lists and `openapi-generator.yaml` (each kind defaults on its own, when none of it is named).
    public static func resolve(
        spec: String?,
        overlays: [String],
        knownDefects: [String] = [],
        config: String? = nil,
        directory: String = "spec"
    ) throws(GenerationFailure) -> Inputs {
        guard let spec else {
            return Inputs(
                spec: try defaultSpec(directory: directory),
                overlays: overlays.isEmpty ? defaultOverlays(directory: directory) : overlays,
                knownDefects: knownDefects.isEmpty ? defaultKnownDefects(directory: directory) : knownDefects,
                config: config ?? defaultConfig(directory: directory)
            )
        }
        return Inputs(spec: spec, overlays: overlays, knownDefects: knownDefects, config: config)
    }

    /// `openapi-generator.yaml` in `directory`, if present.
    public static func defaultConfig(directory: String = "spec") -> String? {
        let path = directory + "/" + configName
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The one spec file in `directory`; none or several is an error naming what was found.
    public static func defaultSpec(directory: String = "spec") throws(GenerationFailure) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let specs = names.filter { name in
            let lower = name.lowercased()
            let isSpec = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json")
            return isSpec && !lower.contains(".overlay.") && !lower.contains(".known-defects.") && lower != configName
        }.sorted()
        guard specs.count == 1, let spec = specs.first else {
            let found = specs.isEmpty ? "none" : specs.joined(separator: ", ")
            throw GenerationFailure(
                description:
                    "error: expected exactly one spec file in \(directory)/ (found: \(found)); name one with --spec",
                diagnostics: []
            )
        }
        return directory + "/" + spec
    }

    /// Overlays beside the default spec, applied in name order.
    public static func defaultOverlays(directory: String = "spec") -> [String] {
        files(in: directory, suffix: ".overlay")
    }

    /// Known-defects lists beside the default spec (`*.known-defects.yaml`), in name order.
    public static func defaultKnownDefects(directory: String = "spec") -> [String] {
        files(in: directory, suffix: ".known-defects")
    }

    private static func files(in directory: String, suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter {
            $0.lowercased().hasSuffix(suffix + ".yaml") || $0.lowercased().hasSuffix(suffix + ".yml")
        }.sorted().map { directory + "/" + $0 }
    }
}
