import Foundation
import GeneratorKit
import Rendering
import Testing

/// `modelNamespace`: models declared in one enum and spelled qualified everywhere else; names that would
/// break the code are refused. Also the precedence of `access` (command line over file over default).
@Suite struct ModelNamespaceTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        paths:
          /orders:
            get:
              operationId: listOrders
              tags: [Orders]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Transaction'}}
        components:
          schemas:
            Transaction:
              type: object
              properties:
                id: {type: integer}
                group: {$ref: '#/components/schemas/Group'}
            Group:
              type: object
              properties:
                name: {type: string}
        """

    func write(_ text: String, _ name: String) throws -> String {
        try Paths.temporaryFile(text, named: name)
    }

    func files(_ options: GenerateOptions) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try Generator.render(options).files.map { ($0.path, $0.contents) })
    }

    @Test func modelsLiveInTheNamespaceAndOperationsSpellThemQualified() throws {
        var options = GenerateOptions(specPath: try write(Self.spec, "openapi.yaml"), outputDirectory: "Out")
        options.config = try GeneratorConfig.load(path: try write("modelNamespace: Store\n", "openapi-generator.yaml"))
        let output = try files(options)
        let transaction = try #require(output["ShopAPI/Models/Transaction.swift"])
        #expect(transaction.contains("extension Store {\n    /// - Remark"))
        #expect(transaction.contains("    nonisolated public struct Transaction:"))
        #expect(transaction.contains("public var group: Store.Group?"))
        let operations = try #require(output["ShopAPI/Operations/OrdersAPI.swift"])
        #expect(operations.contains("-> [Store.Transaction]"))
        #expect(try #require(output["ShopAPI/Client.swift"]).contains("nonisolated public enum Store {}"))
    }

    @Test func withoutANamespaceModelsStayAtTheTopLevel() throws {
        let output = try files(GenerateOptions(specPath: try write(Self.spec, "openapi.yaml"), outputDirectory: "Out"))
        let transaction = try #require(output["ShopAPI/Models/Transaction.swift"])
        #expect(!transaction.contains("extension "))
        #expect(transaction.contains("public var group: Group?"))
        #expect(!(try #require(output["ShopAPI/Client.swift"]).contains("enum Store")))
    }

    @Test func theCommandLineWinsOverTheConfigFile() throws {
        var options = GenerateOptions(specPath: try write(Self.spec, "openapi.yaml"), outputDirectory: "Out")
        options.config = try GeneratorConfig.load(
            path: try write("access: package\nmodelNamespace: Store\n", "openapi-generator.yaml")
        )
        let fromFile = try #require(try files(options)["ShopAPI/Models/Group.swift"])
        #expect(fromFile.contains("nonisolated package struct Group"))
        #expect(fromFile.contains("extension Store {"))
        options.accessLevel = .internal
        options.modelNamespace = "Models"
        let fromCommandLine = try #require(try files(options)["ShopAPI/Models/Group.swift"])
        #expect(fromCommandLine.contains("nonisolated internal struct Group"))
        #expect(fromCommandLine.contains("extension Models {"))
        #expect(
            try #require(
                try files(GenerateOptions(specPath: options.specPath, outputDirectory: "Out"))[
                    "ShopAPI/Models/Group.swift"
                ]
            )
            .contains("nonisolated public struct Group")
        )
    }

    @Test(arguments: [
        ("Group", "is also a model's name"),
        ("OrdersAPI", "is also a tag's operations type"),
        ("Client", "'Client' is a type the generated code already uses"),
        ("a-b", "must be an ASCII Swift identifier"),
    ])
    func aNamespaceThatClashesIsRefused(name: String, clash: String) throws {
        var options = GenerateOptions(specPath: try write(Self.spec, "openapi.yaml"), outputDirectory: "Out")
        options.modelNamespace = name
        do {
            _ = try Generator.render(options)
            Issue.record("namespace \(name) accepted")
        } catch {
            #expect(
                error.description.contains("error: the model namespace ") && error.description.contains(clash),
                "\(error)"
            )
        }
    }

    @Test func aNamespaceMustBeAnIdentifierThatIsNotTaken() throws {
        #expect(ModelNamespace.problem("Budgea") == nil)
        #expect(ModelNamespace.problem("Components_2") == nil)
        #expect(ModelNamespace.problem("")?.contains("empty") == true)
        #expect(ModelNamespace.problem("2Fast")?.contains("identifier") == true)
        #expect(ModelNamespace.problem("Bank.Models")?.contains("identifier") == true)
        #expect(ModelNamespace.problem("protocol")?.contains("keyword") == true)
        #expect(ModelNamespace.problem("JSONValue")?.contains("already uses") == true)
        let path = try write("modelNamespace: a-b\n", "openapi-generator.yaml")
        do {
            _ = try GeneratorConfig.load(path: path)
            Issue.record("modelNamespace a-b accepted")
        } catch {
            #expect(
                error.description.hasPrefix("\(path):1:1: error: 'modelNamespace' must be an ASCII Swift identifier")
            )
        }
    }
}
