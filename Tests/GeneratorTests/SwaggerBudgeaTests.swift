import Foundation
import GeneratorKit
import Testing

/// Budgea's newest published spec (2022, Swagger 2.0) against the checked-in one (OpenAPI 3.0): the same API,
/// so the same Swift names and the same client, except where Swagger 2.0 cannot say what 3.0 said.
///
/// Both are read as published, without `spec/budgea.overlay.yaml`: the overlay is written against the 3.0
/// file (it updates `$.components.requestBodies`, which Swagger 2.0 cannot hold, and cites that file's lines),
/// so on the 2022 file its action 81 is a located error. The comparison is about the format, not the fixes.
@Suite struct SwaggerBudgeaTests {
    static var swaggerSpec: String {
        Paths.fixtures.appendingPathComponent("spec-next/biapi.pro-2.0.2022-06-16-98cd072b6.swagger.yaml").path
    }

    /// Swagger 2.0 has no request-level `required` for form data, only per-field `required`: a form with a
    /// required field converts to a required body. Budgea's 3.0 spec declares these three forms optional
    /// although they have required fields (and other forms like them required).
    static let requiredFormBodies = [
        "authentication.postAuthRenew: request body became required",
        "authentication.postAuthTokenAccess: request body became required",
        "pfm.postAuthToken: request body became required",
    ]

    @Test func diffShowsOnlyWhatSwagger2CannotExpress() throws {
        let openAPI = SpecLoader.load(path: Paths.budgeaSpec)
        let swagger = SpecLoader.load(path: Self.swaggerSpec)
        #expect(openAPI.sourceFormat == .openAPI3 && swagger.sourceFormat == .swagger2)
        #expect(!swagger.hasErrors, "\(swagger.diagnostics.filter { $0.severity == .error })")
        let changes = APIDiff.changes(from: try #require(openAPI.api), to: try #require(swagger.api))
        #expect(changes.map { "\($0.subject): \($0.detail)" } == Self.requiredFormBodies)
    }

    @Test func operationListIsTheSame() throws {
        let openAPI = try #require(SpecLoader.load(path: Paths.budgeaSpec).api)
        let swagger = try #require(SpecLoader.load(path: Self.swaggerSpec).api)
        #expect(OperationList.render(swagger) == OperationList.render(openAPI))
    }

    /// Every generated file is byte-identical except the three operations above (their tag files and docs)
    /// and the six request models of the three request bodies the 3.0 spec shares through
    /// `components.requestBodies`: Swagger 2.0 has no shared request bodies, so the 2022 file repeats each
    /// form in its operations, and the model's "Generated from" pointer names the operation instead (the docs
    /// index describes those six models by where they are declared, so its six rows differ too).
    /// One more line differs, a doc comment: the 2022 file has no `host` (its writer put the host into
    /// `basePath: /budgea.biapi.pro/2.0`), so Client.swift's usage example shows a placeholder host; that is
    /// the file's defect, not the format's, and guessing a host from a path segment would be wrong elsewhere.
    @Test func clientsAreIdenticalElsewhere() throws {
        let output = Paths.temporaryDirectory().path
        let fromOpenAPI = try Generator.render(GenerateOptions(specPath: Paths.budgeaSpec, outputDirectory: output))
        let fromSwagger = try Generator.render(GenerateOptions(specPath: Self.swaggerSpec, outputDirectory: output))
        let old = Dictionary(uniqueKeysWithValues: fromOpenAPI.files.map { ($0.path, $0.contents) })
        let new = Dictionary(uniqueKeysWithValues: fromSwagger.files.map { ($0.path, $0.contents) })
        #expect(Set(old.keys) == Set(new.keys))
        let differing = old.keys.filter { old[$0] != new[$0] }.sorted()
        let sharedBodyModels = [
            "PostConnectionsIdConnectionSourcesIdSourceRequest",
            "PostUsersIdUserConnectionsIdConnectionSourcesIdSourceRequest",
            "PostWebhooksIdWebhookRequest", "PutConnectionsIdConnectionSourcesIdSourceRequest",
            "PutUsersIdUserConnectionsIdConnectionSourcesIdSourceRequest", "PutWebhooksIdWebhookRequest",
        ]
        let expected =
            (["BudgeaAPI/Client.swift", "docs/README.md"]
            + ["AuthenticationAPI", "PFMAPI"].flatMap { ["BudgeaAPI/Operations/\($0).swift", "docs/tags/\($0).md"] }
            + sharedBodyModels.flatMap { ["BudgeaAPI/Models/\($0).swift", "docs/models/\($0).md"] }).sorted()
        #expect(differing == expected)
        // In the models, only the pointer differs.
        for model in sharedBodyModels {
            let path = "BudgeaAPI/Models/\(model).swift"
            let lines = zip(Self.lines(old[path]), Self.lines(new[path])).filter { $0 != $1 }
            #expect(
                lines.count == 1 && lines.allSatisfy { $0.0.contains("Generated from `#/components/requestBodies/") }
            )
        }
        let client = zip(Self.lines(old["BudgeaAPI/Client.swift"]), Self.lines(new["BudgeaAPI/Client.swift"])).filter {
            $0 != $1
        }
        #expect(
            client.map(\.1) == [
                #"/// guard let serverURL = URL(string: "https://api.example.com/budgea.biapi.pro/2.0") else { return }"#
            ]
        )
    }

    private static func lines(_ text: String?) -> [String] {
        (text ?? "").components(separatedBy: "\n")
    }
}
