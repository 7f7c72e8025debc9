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
        // Today's date in any common spelling would mean a timestamp leaked into the output.
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        let today = ["yyyy-MM-dd", "yyyy/MM/dd", "dd/MM/yyyy", "MMM d, yyyy"].map { format -> String in
            formatter.dateFormat = format
            return formatter.string(from: Date())
        }
        for file in rendered.files {
            #expect(!file.contents.contains(Paths.packageRoot.path), "\(file.path) holds an absolute path")
            #expect(
                !file.contents.contains(FileManager.default.currentDirectoryPath + "/"),
                "\(file.path) holds the working directory"
            )
            for date in today {
                #expect(!file.contents.contains(date), "\(file.path) holds today's date \(date)")
            }
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
