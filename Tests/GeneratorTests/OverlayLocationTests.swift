import Foundation
import GeneratorKit
import Testing

/// A defect in a node that an overlay inserted is reported at the overlay's file, line and column.
@Suite struct OverlayLocationTests {
    @Test func warningsAboutInsertedNodesNameTheOverlay() throws {
        let directory = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let spec = directory.appendingPathComponent("spec.yaml").path
        let overlay = directory.appendingPathComponent("fix.overlay.yaml").path
        try """
        openapi: 3.0.3
        info: {title: t, version: "1"}
        paths: {}
        components:
          schemas:
            Account:
              type: object
              required: [ghost]
              properties: {id: {type: integer}}
        """.write(toFile: spec, atomically: true, encoding: .utf8)
        try """
        overlay: 1.0.0
        info: {title: fixes, version: "1"}
        actions:
          - target: $.components.schemas
            update:
              Bank:
                type: object
                required: [phantom]
                properties: {name: {type: string}}
        """.write(toFile: overlay, atomically: true, encoding: .utf8)

        let loaded = SpecLoader.load(path: spec, overlays: [overlay])
        let lines = loaded.diagnostics.map(\.description)
        // Written in the spec: located in the spec.
        #expect(lines.contains { $0.hasPrefix("\(spec):8:") && $0.contains("'ghost'") }, "\(lines)")
        // Inserted by the overlay: located in the overlay, where `required` is written.
        #expect(lines.contains { $0.hasPrefix("\(overlay):8:") && $0.contains("'phantom'") }, "\(lines)")
    }
}
