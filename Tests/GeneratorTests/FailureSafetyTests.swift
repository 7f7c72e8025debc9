import FileOutput
import Foundation
import GeneratorKit
import Testing

/// A failed run must name the problem and leave the output exactly as it was.
@Suite struct FailureSafetyTests {

    private func generateOnce(into output: URL) throws {
        let options = GenerateOptions(
            specPath: Paths.goldens.appendingPathComponent("basic-object/openapi.yaml").path,
            outputDirectory: output.path
        )
        try OutputWriter(directory: output).write(try Generator.render(options).files)
    }

    @Test func invalidYAMLIsOneLocatedErrorAndNothingIsWritten() throws {
        let output = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        try generateOnce(into: output)
        let before = Paths.snapshot(output)
        let spec = output.appendingPathComponent("../broken-\(UUID().uuidString).yaml").standardizedFileURL
        try Data("openapi: 3.0.0\npaths:\n  /a: [1, 2\n".utf8).write(to: spec)
        defer { try? FileManager.default.removeItem(at: spec) }
        #expect {
            try Generator.render(GenerateOptions(specPath: spec.path, outputDirectory: output.path))
        } throws: { error in
            let description = (error as? GenerationFailure)?.description ?? ""
            return description.hasPrefix(spec.path + ":4:1: error: not valid YAML or JSON")
        }
        #expect(Paths.snapshot(output) == before)
    }

    @Test func missingSpecIsAnError() {
        #expect(throws: GenerationFailure.self) {
            try Generator.render(GenerateOptions(specPath: "/nonexistent/spec.yaml", outputDirectory: "unused"))
        }
    }

    @Test func templateSyntaxErrorNamesTheTemplate() throws {
        let templates = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: templates) }
        try FileManager.default.createDirectory(
            at: templates.appendingPathComponent("swift"),
            withIntermediateDirectories: true
        )
        try Data("// header\n  {{#type}} unclosed".utf8).write(
            to: templates.appendingPathComponent("swift/model.mustache")
        )
        let options = GenerateOptions(
            specPath: Paths.goldens.appendingPathComponent("basic-object/openapi.yaml").path,
            outputDirectory: "unused",
            templatesDirectory: templates.path
        )
        let file = templates.appendingPathComponent("swift/model.mustache").path
        #expect {
            try Generator.render(options)
        } throws: { error in
            (error as? GenerationFailure)?.description
                == "\(file):2:3: error: template 'swift/model': section 'type' is never closed: expected '{{/type}}'"
        }
    }

    @Test func unknownTemplateInManifestIsAnError() throws {
        let templates = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: templates) }
        try Data("- {template: swift/nope, each: once, path: x.swift}\n".utf8).write(
            to: templates.appendingPathComponent("manifest.yaml")
        )
        let options = GenerateOptions(
            specPath: Paths.goldens.appendingPathComponent("basic-object/openapi.yaml").path,
            outputDirectory: "unused",
            templatesDirectory: templates.path
        )
        #expect {
            try Generator.render(options)
        } throws: { error in
            (error as? GenerationFailure)?.description.contains("swift/nope") == true
        }
    }
}
