import FileOutput
import Foundation
import GeneratorKit
import Rendering
import Testing

/// IR -> files for every golden case, from the case's fixed `ir.json`: rendering is tested without loading a
/// spec, so a change here is the templates' or the views', never the translation's.
@Suite struct RenderingFromSnapshotTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Goldens")
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: goldens.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: goldens.appendingPathComponent("\($0)/ir.json").path)
        }.sorted()
    }()

    @Test func thereAreCases() {
        #expect(Self.cases.count >= 15)
    }

    @Test(arguments: cases) func renderingTheSnapshotGivesTheExpectedFiles(_ name: String) throws {
        let folder = Self.goldens.appendingPathComponent(name)
        let input = try RenderInput(
            snapshot: try String(contentsOf: folder.appendingPathComponent("ir.json"), encoding: .utf8)
        )
        let files = try Renderer.render(input.api, options: input.options, templates: TemplateSet.load())
        let stale = try OutputWriter(directory: folder.appendingPathComponent("expected")).check(files)
        #expect(stale.isEmpty, "\(name): \(stale.map { "\($0.kind) \($0.path)\n\($0.diff)" }.joined(separator: "\n"))")
    }
}
