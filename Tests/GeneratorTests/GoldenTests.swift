import FileOutput
import Foundation
import GeneratorKit
import Testing

/// Each folder in Tests/Goldens is a case: `openapi.yaml` in, `expected/` out.
/// Re-record with `Scripts/record-goldens.sh` and review the diff; never edit goldens by hand.
@Suite struct GoldenTests {
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.goldens.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: Paths.goldens.appendingPathComponent("\($0)/openapi.yaml").path)
        }.sorted()
    }()

    @Test func thereAreAtLeastFifteenCases() {
        #expect(Self.cases.count >= 15)
    }

    @Test(arguments: cases) func caseMatchesItsGolden(_ name: String) throws {
        let folder = Paths.goldens.appendingPathComponent(name)
        var options = GenerateOptions(
            specPath: folder.appendingPathComponent("openapi.yaml").path,
            outputDirectory: folder.appendingPathComponent("expected").path,
            includeSupport: false
        )
        // A case's own options (decoding policy, number type...) live in its config file.
        let config = folder.appendingPathComponent("openapi-generator.yaml").path
        if FileManager.default.fileExists(atPath: config) { options.config = try GeneratorConfig.load(path: config) }
        let rendered = try Generator.render(options)
        let stale = try OutputWriter(directory: folder.appendingPathComponent("expected")).check(rendered.files)
        #expect(
            stale.isEmpty,
            "\(name) differs from its golden (re-record with Scripts/record-goldens.sh):\n\(Self.describe(stale))"
        )
    }

    /// The checked-in client is the golden of the full Budgea spec, with spec/'s overlays, known-defects lists
    /// and config found exactly as `swift run generate` finds them.
    @Test func budgeaClientMatchesGenerated() throws {
        let inputs = try SpecDiscovery.resolve(
            spec: nil,
            overlays: [],
            directory: Paths.packageRoot.appendingPathComponent("spec").path
        )
        #expect(inputs.spec.hasSuffix("spec/biapi.pro-2.0.openapi.yaml"))
        var options = GenerateOptions(
            specPath: inputs.spec,
            overlays: inputs.overlays,
            outputDirectory: Paths.generated.path
        )
        options.knownDefects = inputs.knownDefects
        if let config = inputs.config { options.config = try GeneratorConfig.load(path: config) }
        let rendered = try Generator.render(options)
        let stale = try OutputWriter(directory: Paths.generated).check(rendered.files)
        #expect(stale.isEmpty, "Generated/ is stale (run `swift run generate`):\n\(Self.describe(stale))")
    }

    static func describe(_ stale: [StaleFile]) -> String {
        stale.map { "\($0.kind) \($0.path)\n\($0.diff)" }.joined(separator: "\n")
    }
}
