import Diagnostics
import Foundation
import OpenAPIModel
import Testing

/// The checked-in Budgea spec, found by walking up from this file to the package root.
private func budgeaSpecURL() -> URL? {
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            return directory.appendingPathComponent("spec/biapi.pro-2.0.openapi.yaml")
        }
        directory = directory.deletingLastPathComponent()
    }
    return nil
}

@Suite struct BudgeaSpecTests {
    static let loaded: (document: Document?, diagnostics: [Diagnostic]) = {
        guard let url = budgeaSpecURL(), let data = FileManager.default.contents(atPath: url.path) else {
            return (nil, [Diagnostic(.error, "spec not found")])
        }
        return DocumentParser.load(Array(data), file: "biapi.yaml")
    }()

    @Test func loadsWithoutErrors() throws {
        let errors = Self.loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        #expect(Self.loaded.document != nil)
    }

    @Test func reportsMisplacedContentKeys() {
        let media = Self.loaded.diagnostics.filter { $0.message.contains("is not a media type") }
        #expect(media.count == 38)
        #expect(media.allSatisfy { $0.severity == .warning && $0.pointer?.tokens.dropLast().last == "content" })
    }

    @Test func reportsUndeclaredRequiredProperty() {
        let undeclared = Self.loaded.diagnostics.filter { $0.message.contains("is not a declared property") }
        #expect(undeclared.contains { $0.location?.line == 1366 && $0.message.contains("'jwt_token'") })
    }

    @Test func reportsPythonDateTimeDefaults() {
        let defaults = Self.loaded.diagnostics.filter { $0.message.contains("<function datetime.now") }
        #expect(!defaults.isEmpty)
        #expect(defaults.allSatisfy { $0.severity == .warning && $0.pointer?.last == "default" })
        #expect(defaults.contains { $0.location?.line == 8069 })
    }

    @Test func pathsAndOperations() throws {
        let document = try #require(Self.loaded.document)
        #expect(document.paths.count >= 100)
        #expect(document.paths.reduce(0) { $0 + $1.operations.count } == 167)
        let paths = Set(document.paths.map(\.path))
        #expect(paths.contains("/psd2-registrations/{id_psd2-registration}"))
        #expect(paths.contains("/psd2-registrations/{id_psd2registration}/logs"))
        #expect(document.securitySchemes.isEmpty)
    }

    @Test func multipartRequestBodiesArePresent() throws {
        let document = try #require(Self.loaded.document)
        var bodies = document.references.requestBodies.filter { $0.key.tokens.first == "components" }.map(\.value)
        for item in document.paths {
            for operation in item.operations {
                if case .value(let body)? = operation.requestBody { bodies.append(body) }
            }
        }
        let multipart = bodies.flatMap(\.content).filter { $0.contentType == "multipart/form-data" }
        #expect(multipart.count == 33)
        #expect(multipart.allSatisfy { $0.schema != nil })
    }
}
