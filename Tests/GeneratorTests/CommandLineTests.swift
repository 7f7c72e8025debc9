import Foundation
import Testing

/// The `generate` executable itself: bad invocations end with one error line, exit 1, and an untouched output.
@Suite struct CommandLineTests {
    /// `swift build --build-tests` puts the executable beside the test bundle.
    static var executable: URL? {
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("generate")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let executable = try #require(Self.executable, "build the generate product first")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = Paths.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }


    private func preparedOutput() throws -> URL {
        let output = Paths.temporaryDirectory()
        let spec = Paths.goldens.appendingPathComponent("basic-object/openapi.yaml").path
        let first = try run(["--spec", spec, "--output", output.path])
        #expect(first.status == 0, "\(first.stderr)")
        return output
    }

    @Test func missingSpecFileIsOneLineAndExitOne() throws {
        let output = try preparedOutput()
        defer { try? FileManager.default.removeItem(at: output) }
        let before = Paths.snapshot(output)
        let result = try run(["--spec", "/nonexistent/spec.yaml", "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr == "/nonexistent/spec.yaml:1:1: error: file does not exist\n")
        #expect(Paths.snapshot(output) == before)
    }

    @Test func unknownTemplateNameIsOneLineAndExitOne() throws {
        let output = try preparedOutput()
        let templates = Paths.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: templates)
        }
        try Data("- {template: swift/missing, each: once, path: x.swift}\n".utf8).write(to: templates.appendingPathComponent("manifest.yaml"))
        let before = Paths.snapshot(output)
        let spec = Paths.goldens.appendingPathComponent("basic-object/openapi.yaml").path
        let result = try run(["--spec", spec, "--output", output.path, "--templates", templates.path])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("swift/missing"))
        #expect(Paths.snapshot(output) == before)
    }

    @Test func templateSyntaxErrorIsExitOne() throws {
        let output = try preparedOutput()
        let templates = Paths.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: templates)
        }
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("swift"), withIntermediateDirectories: true)
        try Data("{{#type}} never closed".utf8).write(to: templates.appendingPathComponent("swift/model.mustache"))
        let before = Paths.snapshot(output)
        let spec = Paths.goldens.appendingPathComponent("basic-object/openapi.yaml").path
        let result = try run(["--spec", spec, "--output", output.path, "--templates", templates.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("template 'swift/model'"))
        #expect(Paths.snapshot(output) == before)
    }

    @Test func outputThatIsAFileIsExitOne() throws {
        let directory = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let blocker = directory.appendingPathComponent("not-a-directory")
        try Data("keep me".utf8).write(to: blocker)
        let spec = Paths.goldens.appendingPathComponent("basic-object/openapi.yaml").path
        let result = try run(["--spec", spec, "--output", blocker.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(try Data(contentsOf: blocker) == Data("keep me".utf8))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let output = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let spec = Paths.goldens.appendingPathComponent("keywords-collisions/openapi.yaml").path
        let result = try run(["--spec", spec, "--output", output.path, "--strict"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("warning:"))
        #expect(Paths.snapshot(output).isEmpty)
    }
}
