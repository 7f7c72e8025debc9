import Foundation
import GeneratorKit
import IR
import Rendering
import Testing

/// Spec -> IR for every golden case, compared with the case's `ir.json` (the renderer's input), so a
/// translation change shows up here, apart from rendering. Re-record with `Scripts/record-goldens.sh`.
@Suite struct IRSnapshotTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Goldens")
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: goldens.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: goldens.appendingPathComponent("\($0)/ir.json").path)
        }.sorted()
    }()

    @Test func everyGoldenCaseHasASnapshot() {
        let specs = ((try? FileManager.default.contentsOfDirectory(atPath: Self.goldens.path)) ?? [])
            .filter {
                FileManager.default.fileExists(atPath: Self.goldens.appendingPathComponent("\($0)/openapi.yaml").path)
            }
        #expect(!specs.isEmpty)
        #expect(Set(specs) == Set(Self.cases), "cases without ir.json: run Scripts/record-goldens.sh")
    }

    @Test(arguments: cases) func translationMatchesTheSnapshot(_ name: String) throws {
        let folder = Self.goldens.appendingPathComponent(name)
        var options = GenerateOptions(
            specPath: folder.appendingPathComponent("openapi.yaml").path,
            outputDirectory: "unused",
            includeSupport: false
        )
        let config = folder.appendingPathComponent("openapi-generator.yaml").path
        if FileManager.default.fileExists(atPath: config) { options.config = try GeneratorConfig.load(path: config) }
        let prepared = try Generator.prepare(options)
        let actual = try RenderInput(options: prepared.renderOptions, api: prepared.api).snapshot()
        let expected = try String(contentsOf: folder.appendingPathComponent("ir.json"), encoding: .utf8)
        #expect(actual == expected, "\(name): the IR differs from ir.json (re-record with Scripts/record-goldens.sh)")
        // The snapshot is lossless: what RenderingTests decode is the IR itself.
        #expect(try RenderInput(snapshot: expected) == RenderInput(options: prepared.renderOptions, api: prepared.api))
    }
}
