import FileOutput
import Foundation
import GeneratorKit
import Testing

@Suite struct DeterminismTests {
    @Test func sameInputSameBytesSameOrder() throws {
        let options = GenerateOptions(specPath: Paths.budgeaSpec, outputDirectory: "unused")
        let first = try Generator.render(options)
        let second = try Generator.render(options)
        #expect(first.files == second.files)
        #expect(first.files.map(\.path) == first.files.map(\.path).sorted())
    }

    @Test func outputHoldsNoAbsolutePathsOrTimestamps() throws {
        let options = GenerateOptions(specPath: Paths.budgeaSpec, outputDirectory: "unused")
        let rendered = try Generator.render(options)
        let year = String(Calendar(identifier: .gregorian).component(.year, from: Date()))
        for file in rendered.files {
            #expect(!file.contents.contains(Paths.packageRoot.path), "\(file.path) holds an absolute path")
            #expect(!file.contents.contains("Generated on \(year)"), "\(file.path) holds a timestamp")
        }
    }

    @Test func rerunWritesNothing() throws {
        let output = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let options = GenerateOptions(specPath: Paths.budgeaSpec, outputDirectory: output.path)
        let rendered = try Generator.render(options)
        let writer = OutputWriter(directory: output)
        let first = try writer.write(rendered.files)
        #expect(first.added.count == rendered.files.count)
        let second = try writer.write(try Generator.render(options).files)
        #expect(second.added.isEmpty && second.changed.isEmpty && second.removed.isEmpty)
        #expect(second.unchanged.count == rendered.files.count)
    }
}
