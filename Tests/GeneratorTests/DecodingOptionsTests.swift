import Foundation
import GeneratorKit
import IR
import Rendering
import Testing

/// The decoding policy and the number type: config keys, the command line over the file over the
/// defaults, and the header that states them.
@Suite struct DecodingOptionsTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Money, version: '1'}
        paths:
          /balance:
            get:
              operationId: getBalance
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [amount]
                        properties:
                          amount: {type: number, format: float}
        """

    func write(_ text: String, _ name: String) throws -> String {
        try Paths.temporaryFile(text, named: name)
    }

    func model(_ options: GenerateOptions) throws -> String {
        let rendered = try Generator.render(options)
        return try #require(rendered.files.first { $0.path.hasSuffix("Models/GetBalanceResponse.swift") }).contents
    }

    @Test func defaultsAreTolerantAndDecimal() throws {
        let text = try model(GenerateOptions(specPath: try write(Self.spec, "openapi.yaml"), outputDirectory: "Out"))
        #expect(text.contains("// Decoding: tolerant; numbers: Decimal"))
        #expect(text.contains("public var amount: Decimal?"))
        #expect(text.contains("init(from decoder: any Decoder)"))
    }

    @Test func configFileChoosesAndTheCommandLineWins() throws {
        var options = GenerateOptions(specPath: try write(Self.spec, "openapi.yaml"), outputDirectory: "Out")
        options.config = try GeneratorConfig.load(
            path: try write("decoding: strict\nnumbers: double\n", "openapi-generator.yaml")
        )
        let fromFile = try model(options)
        #expect(fromFile.contains("// Decoding: strict; numbers: Double"))
        #expect(fromFile.contains("public var amount: Double\n"))
        #expect(!fromFile.contains("init(from decoder"))
        options.decoding = .tolerant
        options.numbers = .decimal
        let fromCommandLine = try model(options)
        #expect(fromCommandLine.contains("// Decoding: tolerant; numbers: Decimal"))
        #expect(fromCommandLine.contains("public var amount: Decimal?"))
    }

    @Test func aWrongValueNamesTheKeyAndItsPlace() throws {
        let path = try write("docs: true\ndecoding: lenient\n", "openapi-generator.yaml")
        #expect(throws: GenerationFailure.self) { try GeneratorConfig.load(path: path) }
        do {
            _ = try GeneratorConfig.load(path: path)
        } catch {
            #expect(error.description == "\(path):2:1: error: 'decoding' must be tolerant or strict")
        }
        let numbers = try write("numbers: float\n", "openapi-generator.yaml")
        do {
            _ = try GeneratorConfig.load(path: numbers)
            Issue.record("numbers: float accepted")
        } catch {
            #expect(error.description == "\(numbers):1:1: error: 'numbers' must be decimal or double")
        }
    }
}
