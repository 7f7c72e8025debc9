import ArgumentParser
import Foundation

/// Finds the spec in `spec/` when none is named: exactly one YAML/JSON file that is not an overlay.
enum SpecDiscovery {
    /// The spec and overlays a command works on: the named ones, or by default spec/ and its overlays.
    static func resolve(spec: String?, overlays: [String]) throws -> (spec: String, overlays: [String]) {
        guard let spec else { return (try defaultSpec(), overlays.isEmpty ? defaultOverlays() : overlays) }
        return (spec, overlays)
    }

    static func defaultSpec(directory: String = "spec") throws -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let specs = names.filter { name in
            let lower = name.lowercased()
            let isSpec = lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json")
            return isSpec && !lower.contains(".overlay.")
        }.sorted()
        guard specs.count == 1, let spec = specs.first else {
            let found = specs.isEmpty ? "none" : specs.joined(separator: ", ")
            throw ValidationError("expected exactly one spec file in \(directory)/ (found: \(found)); name one with --spec")
        }
        return directory + "/" + spec
    }

    /// Overlays beside the default spec, applied in name order.
    static func defaultOverlays(directory: String = "spec") -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.lowercased().hasSuffix(".overlay.yaml") || $0.lowercased().hasSuffix(".overlay.yml") }.sorted().map { directory + "/" + $0 }
    }
}
