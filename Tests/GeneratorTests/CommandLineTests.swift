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
        try Self.run(arguments)
    }

    /// Runs the built `generate` in the package root; its exit status and both streams.
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let executable = try #require(Self.executable, "build the generate product first")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = Paths.packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
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
        try Data("- {template: swift/missing, each: once, path: x.swift}\n".utf8).write(
            to: templates.appendingPathComponent("manifest.yaml")
        )
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
        try FileManager.default.createDirectory(
            at: templates.appendingPathComponent("swift"),
            withIntermediateDirectories: true
        )
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

    /// CI tells "the API broke" (1) from "the diff could not run" (2).
    @Test func diffExitsTwoOnUnreadableInputsAndOneOnBreakingChanges() throws {
        let history = "Tests/Fixtures/spec-history/biapi.pro-2.0.2021-03-09-16bb67e34.openapi.yaml"
        let unreadable = try run(["diff", "/nonexistent/old.yaml", history])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr == "/nonexistent/old.yaml:1:1: error: file does not exist\n")
        let breaking = try run(["diff", history, "spec/biapi.pro-2.0.openapi.yaml", "--fail-on-breaking"])
        #expect(breaking.status == 1)
        #expect(breaking.stdout.contains("### Breaking"))
        let help = try run(["diff", "--help"])
        #expect(help.stdout.contains("2 a spec could not be read or has errors"))
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

/// `--known-defects`: accepted warnings become one summary line and do not fail `--strict`; a stale
/// entry is a warning that does.
@Suite struct KnownDefectsCommandLineTests {
    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try CommandLineTests.run(arguments)
    }

    /// A spec with one warning (`required` names an undeclared property) and a list in a temporary folder.
    private func fixture(list: String) throws -> (directory: URL, spec: String, list: String) {
        let directory = Paths.temporaryDirectory()
        let spec = directory.appendingPathComponent("openapi.yaml").path
        let listPath = directory.appendingPathComponent("openapi.known-defects.yaml").path
        try """
        openapi: 3.0.3
        info: {title: t, version: "1"}
        paths: {}
        components:
          securitySchemes: {bearer: {type: http, scheme: bearer}}
          schemas:
            Account:
              type: object
              required: [ghost]
              properties: {id: {type: integer}}
        """.write(toFile: spec, atomically: true, encoding: .utf8)
        try list.write(toFile: listPath, atomically: true, encoding: .utf8)
        return (directory, spec, listPath)
    }

    @Test func acceptedWarningsAreOneLineAndPassStrict() throws {
        let files = try fixture(
            list: """
                defects:
                  - message: "'ghost'"
                    reason: accepted by the test
                """
        )
        defer { try? FileManager.default.removeItem(at: files.directory) }
        let output = files.directory.appendingPathComponent("out").path
        let result = try run(["--spec", files.spec, "--known-defects", files.list, "--output", output, "--strict"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "1 known spec defect accepted (\(files.list))\n")
        #expect(result.stdout.contains(", 0 warning(s), "))
    }

    @Test func aStaleEntryIsALocatedWarning() throws {
        let files = try fixture(
            list: """
                defects:
                  - message: "'ghost'"
                    reason: accepted by the test
                  - pointer: "#/components/schemas/Gone"
                    reason: the defect was repaired
                """
        )
        defer { try? FileManager.default.removeItem(at: files.directory) }
        let output = files.directory.appendingPathComponent("out").path
        let result = try run(["--spec", files.spec, "--known-defects", files.list, "--output", output, "--strict"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("\(files.list):4:5: warning: known defect matches no warning"),
            "\(result.stderr)"
        )
        #expect(Paths.snapshot(files.directory.appendingPathComponent("out")).isEmpty)
    }

    /// Without --spec, spec/budgea.known-defects.yaml is found beside the overlays (and not taken for a
    /// second spec), and the checked-in Budgea spec has nothing else to say.
    @Test func theBudgeaListIsFoundByDefault() throws {
        let result = try run(["list", "--strict"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("warning:"), "\(result.stderr)")
        #expect(result.stderr.contains("known spec defects accepted (spec/budgea.known-defects.yaml)"))
        #expect(result.stdout.contains("connections.postUsersIdUserConnections\tPOST\t/users/{id_user}/connections"))
    }
}
