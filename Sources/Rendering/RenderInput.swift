import Foundation
import IR

/// Everything the renderer receives, as reviewable JSON: each golden case keeps one (`ir.json`), so a diff
/// shows whether translation or rendering moved, and rendering is tested from a fixed input.
package struct RenderInput: Sendable, Codable, Equatable {
    package var options: RenderOptions
    package var api: API

    package init(options: RenderOptions, api: API) {
        self.options = options
        self.api = api
    }

    /// Sorted keys and a fixed layout: the same input gives the same bytes.
    package func snapshot() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    package init(snapshot: String) throws {
        self = try JSONDecoder().decode(RenderInput.self, from: Data(snapshot.utf8))
    }
}
