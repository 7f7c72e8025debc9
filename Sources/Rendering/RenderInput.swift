import Foundation
import IR

/// Everything the renderer receives, as reviewable JSON: each golden case keeps one (`ir.json`), so a diff
/// shows whether translation or rendering moved, and rendering is tested from a fixed input.
public struct RenderInput: Sendable, Codable, Equatable {
    public var options: RenderOptions
    public var api: API

    public init(options: RenderOptions, api: API) {
        self.options = options
        self.api = api
    }

    /// Sorted keys and a fixed layout: the same input gives the same bytes.
    public func snapshot() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    public init(snapshot: String) throws {
        self = try JSONDecoder().decode(RenderInput.self, from: Data(snapshot.utf8))
    }
}
