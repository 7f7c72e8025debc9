import Diagnostics
import Testing

@testable import YAMLLoader

/// Loads `text` as `t.yaml` and returns the root, failing the test when there is none.
func loadRoot(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Node {
    let loaded = YAMLLoader.load(text, file: "t.yaml")
    return try #require(loaded.root, "no root: \(loaded.diagnostics)", sourceLocation: sourceLocation)
}

extension Node {
    var lc: [Int] { [Int(mark.line), Int(mark.column)] }
}

extension Entry {
    var keyLC: [Int] { [Int(keyMark.line), Int(keyMark.column)] }
}
