import Foundation
import GeneratorKit
import IR
import Rendering
import Testing

/// `Generator.prepare` resolves every option once into `RenderOptions`: the command line over the config
/// file over the defaults, option by option, so one layer never hides another's unrelated setting.
@Suite struct OptionResolutionTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        paths: {}
        """

    func specPath() throws -> String {
        try Paths.temporaryFile(Self.spec, named: "openapi.yaml")
    }

    func config(_ text: String) throws -> GeneratorConfig {
        try GeneratorConfig.load(path: try Paths.temporaryFile(text, named: "openapi-generator.yaml"))
    }

    @Test func defaultsApplyWhenNothingIsGiven() throws {
        let resolved = try Generator.prepare(GenerateOptions(specPath: try specPath(), outputDirectory: "Out"))
        #expect(
            resolved.renderOptions
                == RenderOptions(
                    moduleName: "ShopAPI",
                    accessLevel: .public,
                    includeDocs: true,
                    includeSupport: true,
                    decoding: .tolerant,
                    numbers: .decimal,
                    modelNamespace: nil
                )
        )
    }

    @Test func theConfigFileOverridesEveryDefault() throws {
        var options = GenerateOptions(specPath: try specPath(), outputDirectory: "Out")
        options.config = try config(
            "access: internal\nmoduleName: Store\ndocs: false\ndecoding: strict\nnumbers: double\nmodelNamespace: Models\n"
        )
        #expect(
            try Generator.prepare(options).renderOptions
                == RenderOptions(
                    moduleName: "Store",
                    accessLevel: .internal,
                    includeDocs: false,
                    includeSupport: true,
                    decoding: .strict,
                    numbers: .double,
                    modelNamespace: "Models"
                )
        )
    }

    @Test func theCommandLineOverridesTheConfigFileOptionByOption() throws {
        var options = GenerateOptions(specPath: try specPath(), outputDirectory: "Out")
        options.config = try config(
            "access: internal\nmoduleName: Store\ndecoding: strict\nnumbers: double\nmodelNamespace: Models\n"
        )
        options.accessLevel = .package
        options.moduleName = "Shop"
        options.decoding = .tolerant
        // numbers and modelNamespace are left to the file.
        #expect(
            try Generator.prepare(options).renderOptions
                == RenderOptions(
                    moduleName: "Shop",
                    accessLevel: .package,
                    includeDocs: true,
                    includeSupport: true,
                    decoding: .tolerant,
                    numbers: .double,
                    modelNamespace: "Models"
                )
        )
    }

    @Test func turningDocsOffAnywhereWins() throws {
        var options = GenerateOptions(specPath: try specPath(), outputDirectory: "Out", includeDocs: false)
        options.config = try config("docs: true\n")
        #expect(try Generator.prepare(options).renderOptions.includeDocs == false)
        options.includeDocs = true
        options.bundle = true
        #expect(try Generator.prepare(options).renderOptions.includeDocs == false, "a plugin bundle has no docs")
    }
}
