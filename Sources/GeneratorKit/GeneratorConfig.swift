import Diagnostics
import Foundation
import IR
import Rendering
import YAMLLoader

/// The optional `openapi-generator.yaml` beside a spec (used by the build plugin and `--config`).
public struct GeneratorConfig: Sendable, Equatable {
    /// `access`
    public var accessLevel: AccessLevel?
    /// `moduleName`
    public var moduleName: String?
    /// `docs`: false leaves the Markdown docs out.
    public var docs: Bool?
    /// `decoding`: tolerant or strict.
    public var decoding: DecodingPolicy?
    /// `numbers`: decimal or double.
    public var numbers: NumberRepresentation?
    /// `modelNamespace`: the enum models are declared in.
    public var modelNamespace: String?
    /// Filters: tags by name, paths by glob (`/pets/*`), operations by Swift name.
    public var includeTags: [String] = []
    public var excludeTags: [String] = []
    public var includePaths: [String] = []
    public var excludePaths: [String] = []
    public var includeOperations: [String] = []
    public var excludeOperations: [String] = []

    /// No file: every setting at its default.
    public init() {}

    /// Any other key is an error naming it.
    public static let knownKeys = [
        "access", "moduleName", "docs", "decoding", "numbers", "modelNamespace", "includeTags", "excludeTags",
        "includePaths", "excludePaths",
        "includeOperations", "excludeOperations",
    ]

    /// Whether any include or exclude list is set.
    public var filters: Bool {
        !(includeTags.isEmpty && excludeTags.isEmpty && includePaths.isEmpty && excludePaths.isEmpty
            && includeOperations.isEmpty && excludeOperations.isEmpty)
    }

    /// Reads the file; an unknown key or a wrong value is a located error naming the key.
    public static func load(path: String) throws(GenerationFailure) -> GeneratorConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GenerationFailure(description: "\(path):1:1: error: config file cannot be read", diagnostics: [])
        }
        let loaded = YAMLLoader.load([UInt8](data), file: path)
        if let error = loaded.diagnostics.first(where: { $0.severity == .error }) {
            throw GenerationFailure(description: error.description, diagnostics: loaded.diagnostics)
        }
        guard let root = loaded.root, root.isNull || root.entries != nil else {
            throw GenerationFailure(
                description: "\(path):1:1: error: the config must be a mapping of settings",
                diagnostics: []
            )
        }
        var config = GeneratorConfig()
        for entry in root.entries ?? [] {
            let at = entry.keyMark.location(in: path).description
            func fail(_ message: String) -> GenerationFailure {
                GenerationFailure(description: "\(at): error: \(message)", diagnostics: [])
            }
            func strings() throws(GenerationFailure) -> [String] {
                guard let items = entry.value.items, items.allSatisfy({ $0.string != nil }) else {
                    throw fail("'\(entry.key)' must be a list of strings")
                }
                return items.compactMap(\.string)
            }
            switch entry.key {
            case "access":
                guard let value = entry.value.string.flatMap(AccessLevel.init(rawValue:)) else {
                    throw fail("'access' must be \(AccessLevel.choices)")
                }
                config.accessLevel = value
            case "moduleName":
                guard let value = entry.value.string else { throw fail("'moduleName' must be a string") }
                config.moduleName = value
            case "docs":
                guard let value = entry.value.bool else { throw fail("'docs' must be true or false") }
                config.docs = value
            case "decoding":
                guard let value = entry.value.string.flatMap(DecodingPolicy.init(rawValue:)) else {
                    throw fail("'decoding' must be tolerant or strict")
                }
                config.decoding = value
            case "numbers":
                guard let value = entry.value.string.flatMap(NumberRepresentation.init(rawValue:)) else {
                    throw fail("'numbers' must be decimal or double")
                }
                config.numbers = value
            case "modelNamespace":
                guard let value = entry.value.string else { throw fail("'modelNamespace' must be a string") }
                if let problem = ModelNamespace.problem(value) { throw fail("'modelNamespace' \(problem)") }
                config.modelNamespace = value
            case "includeTags": config.includeTags = try strings()
            case "excludeTags": config.excludeTags = try strings()
            case "includePaths": config.includePaths = try strings()
            case "excludePaths": config.excludePaths = try strings()
            case "includeOperations": config.includeOperations = try strings()
            case "excludeOperations": config.excludeOperations = try strings()
            default:
                throw fail("unknown config key '\(entry.key)'; known keys: \(knownKeys.joined(separator: ", "))")
            }
        }
        return config
    }
}
