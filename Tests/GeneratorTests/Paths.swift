import Foundation

/// Locations of the repo's fixtures, found from this file so tests run from any directory.
enum Paths {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static var budgeaSpec: String { packageRoot.appendingPathComponent("spec/biapi.pro-2.0.openapi.yaml").path }
    static var generated: URL { packageRoot.appendingPathComponent("Generated") }
    static var goldens: URL { packageRoot.appendingPathComponent("Tests/Goldens") }
    static var templates: URL { packageRoot.appendingPathComponent("Templates") }
    /// `Tests/Fixtures`: copies of the shared data the tests read (seed operation list, spec history), so a
    /// clone of the repo alone passes its tests.
    static var fixtures: URL { packageRoot.appendingPathComponent("Tests/Fixtures") }

    /// Every file below a directory with its bytes, to prove a failed run changed nothing.
    static func snapshot(_ directory: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        while let relative = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: directory.appendingPathComponent(relative).path) {
                files[relative] = data
            }
        }
        return files
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("generator-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `text` as `name` in a fresh temporary folder; returns the file's path.
    static func temporaryFile(_ text: String, named name: String) throws -> String {
        let url = temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
