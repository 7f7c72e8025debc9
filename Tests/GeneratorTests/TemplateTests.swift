import Foundation
import GeneratorKit
import Testing

@testable import Rendering

@Suite struct TemplateTests {
    /// The binary embeds Templates/; `swift Scripts/embed-templates.swift` refreshes the copy.
    @Test func embeddedTemplatesMatchTemplatesFolder() throws {
        var onDisk: [String: String] = [:]
        let root = Paths.templates
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            let text = try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
            if relative.hasSuffix(".mustache") { onDisk[String(relative.dropLast(9))] = text }
            if relative == "manifest.yaml" { onDisk[relative] = text }
        }
        #expect(onDisk.keys.sorted() == BuiltinTemplates.all.keys.sorted())
        for (name, text) in onDisk {
            #expect(
                BuiltinTemplates.all[name] == text,
                "embedded copy of \(name) is stale: run swift Scripts/embed-templates.swift"
            )
        }
    }

    /// A user's folder replaces templates by name; the others stay built in.
    @Test func overrideReplacesOnlyTheNamedTemplate() throws {
        let templates = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: templates) }
        try FileManager.default.createDirectory(
            at: templates.appendingPathComponent("docs"),
            withIntermediateDirectories: true
        )
        try Data("{{#api}}Custom index for {{{module}}}{{/api}}\n".utf8).write(
            to: templates.appendingPathComponent("docs/index.mustache")
        )
        let spec = Paths.goldens.appendingPathComponent("basic-object/openapi.yaml").path
        let custom = try Generator.render(
            GenerateOptions(specPath: spec, outputDirectory: "unused", templatesDirectory: templates.path)
        )
        let builtin = try Generator.render(GenerateOptions(specPath: spec, outputDirectory: "unused"))
        #expect(custom.files.first { $0.path == "docs/README.md" }?.contents == "Custom index for BasicAPI\n")
        #expect(
            custom.files.filter { $0.path != "docs/README.md" } == builtin.files.filter { $0.path != "docs/README.md" }
        )
    }

    /// A template naming a key no view has is an error located in the user's file, not silent empty text.
    @Test func anOverrideNamingAnUnknownKeyFailsAtItsLine() throws {
        let templates = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: templates) }
        try FileManager.default.createDirectory(
            at: templates.appendingPathComponent("docs"),
            withIntermediateDirectories: true
        )
        let file = templates.appendingPathComponent("docs/index.mustache")
        try Data("{{#api}}\nIndex of {{{moduel}}}\n{{/api}}\n".utf8).write(to: file)
        let spec = Paths.goldens.appendingPathComponent("basic-object/openapi.yaml").path
        do {
            _ = try Generator.render(
                GenerateOptions(specPath: spec, outputDirectory: "unused", templatesDirectory: templates.path)
            )
            Issue.record("a template naming an unknown key rendered")
        } catch {
            #expect(error.description.contains("\(file.path):2:10: error: template 'docs/index': unknown key 'moduel'"))
        }
    }

    @Test func moduleNameComesFromTheTitle() {
        #expect(Generator.defaultModuleName("Budgea API Documentation") == "BudgeaAPI")
        #expect(Generator.defaultModuleName("") == "GeneratedAPI")
    }

    @Test func textFromTheSpecCannotBreakOutOfLiteralsOrComments() {
        #expect(SwiftText.literal("a\"b\\(c)\n") == #""a\"b\\(c)\n""#)
        #expect(SwiftText.docLines(["x */ y\ny\u{202E}z<br>w"]) == ["/// x */ y", "/// yz", "/// w"])
        #expect(SwiftText.tableCell("a | b\nc") == "a \\| b c")
    }
}
