import Foundation
import GeneratorKit
import Testing

/// The rendered output has a byte bound: a small hostile spec cannot make a run write without limit.
@Suite struct OutputBoundTests {
    @Test func outputOverTheBoundIsOneErrorAndNothingRendered() throws {
        let spec = Paths.goldens.appendingPathComponent("basic-object/openapi.yaml").path
        var options = GenerateOptions(specPath: spec, outputDirectory: "unused")
        let size = try Generator.render(options).files.reduce(0) { $0 + $1.contents.utf8.count }
        options.maxOutputBytes = size - 1
        do {
            _ = try Generator.render(options)
            Issue.record("output over the bound was rendered")
        } catch {
            #expect(
                error.description
                    == "\(spec): error: the generated files would total \(size) bytes, over the bound of \(size - 1); nothing written"
            )
        }
        options.maxOutputBytes = size
        #expect(try Generator.render(options).files.count > 0)
    }

    @Test func theDefaultBoundIsFarAboveTheBudgeaClient() throws {
        let options = GenerateOptions(specPath: Paths.budgeaSpec, outputDirectory: "unused")
        let size = try Generator.render(options).files.reduce(0) { $0 + $1.contents.utf8.count }
        #expect(size * 20 < options.maxOutputBytes)
    }
}
