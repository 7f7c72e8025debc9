import Diagnostics
import Foundation
import OpenAPIModel
import Testing

/// `shared/corpus`, found by walking up from this file; nil when this checkout has none.
private func corpusDirectory() -> URL? {
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
        let candidate = directory.appendingPathComponent("shared/corpus")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return candidate
        }
        directory = directory.deletingLastPathComponent()
    }
    return nil
}

private func corpusFiles() -> [String] {
    guard let directory = corpusDirectory(),
          let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }.sorted()
}

@Suite struct CorpusTests {
    @Test func corpusIsPresent() throws {
        guard corpusDirectory() != nil else {
            try Test.cancel("shared/corpus not found above \(#filePath); corpus tests skipped")
        }
        #expect(corpusFiles().count == 22)
    }

    @Test(arguments: corpusFiles())
    func specLoads(_ name: String) throws {
        let directory = try #require(corpusDirectory())
        let data = try #require(FileManager.default.contents(atPath: directory.appendingPathComponent(name).path))
        let (document, diagnostics) = DocumentParser.load(Array(data), file: name)
        let errors = diagnostics.filter { $0.severity == .error }
        let warnings = diagnostics.filter { $0.severity == .warning }
        let operations = document?.paths.reduce(0) { $0 + $1.operations.count } ?? 0
        let schemas = document?.components.schemas.count ?? 0
        print("corpus \(name): operations=\(operations) schemas=\(schemas) warnings=\(warnings.count) errors=\(errors.count)")
        #expect(document != nil, "\(name): \(errors.prefix(3))")
        #expect(errors.isEmpty, "\(name): \(errors.prefix(3))")
    }
}
