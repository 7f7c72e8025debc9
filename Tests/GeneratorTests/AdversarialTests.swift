import Diagnostics
import Foundation
import GeneratorKit
import IR
import Testing

/// Hostile and malformed specs from Tests/Adversarial: the generator never crashes, reports located
/// diagnostics, and (for specs that render) only writes files inside the output directory.
/// `Scripts/compile-adversarial.sh` compiles every output that renders with warnings as errors.
@Suite struct AdversarialTests {
    static let directory = Paths.packageRoot.appendingPathComponent("Tests/Adversarial")
    /// Specs expected to fail with one error instead of rendering.
    static let failing: Set<String> = ["alias-bomb", "deep-nesting", "ref-doubling"]
    static let specs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }()

    private func path(_ name: String) -> String { Self.directory.appendingPathComponent("\(name).yaml").path }

    private func render(_ name: String) throws -> Rendered {
        try Generator.render(GenerateOptions(specPath: path(name), outputDirectory: "unused", includeDocs: true))
    }

    private func load(_ name: String) -> LoadedSpec { SpecLoader.load(path: path(name)) }

    private func warnings(_ loaded: LoadedSpec) -> [Diagnostic] {
        loaded.diagnostics.filter { $0.severity == .warning }
    }

    /// One diagnostic of `severity` whose message contains `fragment`, located on `line`.
    private func expectDiagnostic(
        _ diagnostics: [Diagnostic],
        _ severity: Diagnostic.Severity,
        _ fragment: String,
        line: Int,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let match = diagnostics.contains {
            $0.severity == severity && $0.message.contains(fragment) && $0.location?.line == line
        }
        #expect(
            match,
            "no \(severity) containing '\(fragment)' at line \(line) in:\n\(diagnostics.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation
        )
    }

    @Test func suiteIsPresent() {
        #expect(Self.specs.count >= 15)
    }

    /// Every spec: no crash, and every rendered file path is relative, without `..` or empty components.
    @Test(arguments: specs) func rendersSafelyOrFailsWithOneError(_ name: String) throws {
        if Self.failing.contains(name) {
            #expect(throws: GenerationFailure.self) { try render(name) }
            return
        }
        let rendered = try render(name)
        #expect(!rendered.files.isEmpty)
        #expect(!rendered.diagnostics.contains { $0.severity == .error })
        for file in rendered.files {
            let components = file.path.split(separator: "/", omittingEmptySubsequences: false)
            #expect(!file.path.hasPrefix("/"), "absolute path \(file.path)")
            #expect(!components.contains(".."), "path escapes the output: \(file.path)")
            #expect(!components.contains("") && !components.contains("."), "odd path \(file.path)")
            #expect(!file.path.contains("\\"), "backslash in \(file.path)")
        }
    }

    @Test func aliasBombIsOneErrorMentioningAlias() {
        let loaded = load("alias-bomb")
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        expectDiagnostic(loaded.diagnostics, .error, "alias", line: 10)
        #expect(loaded.api == nil)
    }

    @Test func deepNestingIsOneLocatedError() {
        let loaded = load("deep-nesting")
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        expectDiagnostic(loaded.diagnostics, .error, "nesting deeper than", line: 4)
        #expect(loaded.api == nil)
    }

    @Test func cyclicReferencesGenerate() throws {
        let rendered = try render("cyclic-refs")
        // Only the pure $ref loops (AliasLoop1/2, SelfAlias) are warned about; real cycles generate silently.
        #expect(
            rendered.diagnostics.filter { $0.severity != .note }.allSatisfy { $0.message.contains("chain of $refs") }
        )
        let models = Set(rendered.files.map(\.path).filter { $0.contains("/Models/") })
        for name in ["A", "B", "SelfModel", "Tree", "Base", "Extended", "OneOfLoop"] {
            #expect(models.contains("CyclesAPI/Models/\(name).swift"), "missing model \(name)")
        }
    }

    /// Pure `$ref` cycles between components (A -> B -> A, S -> S) have no type to stand for; the
    /// generator should warn and fall back to JSON instead of emitting `typealias S = S`.
    @Test func aliasOnlyReferenceCyclesDoNotBecomeCyclicTypealiases() throws {
        let rendered = try render("cyclic-refs")
        for file in rendered.files
        where file.path.hasSuffix("/SelfAlias.swift") || file.path.hasSuffix("/AliasLoop1.swift") {
            #expect(!file.contents.contains("typealias SelfAlias = SelfAlias"))
            #expect(!file.contents.contains("typealias AliasLoop1 = AliasLoop2"))
            #expect(file.contents.contains("= JSONValue"))
        }
        expectDiagnostic(rendered.diagnostics, .warning, "schema 'SelfAlias' is a chain of $refs", line: 50)
    }

    @Test func badReferencesAreLocatedWarningsAndGenerationContinues() throws {
        let rendered = try render("bad-refs")
        expectDiagnostic(
            rendered.diagnostics,
            .warning,
            "'#/components/schemas/DoesNotExist' points to no schema",
            line: 14
        )
        expectDiagnostic(
            rendered.diagnostics,
            .warning,
            "'other.yaml#/components/schemas/Thing' points into another file",
            line: 19
        )
        expectDiagnostic(rendered.diagnostics, .warning, "'#/components/schemas/Nope' points to no schema", line: 28)
        #expect(rendered.files.contains { $0.path.hasSuffix("/Models/Holder.swift") })
        expectDiagnostic(rendered.diagnostics, .warning, "'#/info' points to something that is not a schema", line: 27)
    }

    @Test func weirdNamesBecomeUniqueIdentifiers() throws {
        let rendered = try render("weird-names")
        expectDiagnostic(rendered.diagnostics, .warning, "parameter without a name", line: 16)
        expectDiagnostic(rendered.diagnostics, .warning, "parameter 'userId' collides", line: 14)
        expectDiagnostic(rendered.diagnostics, .warning, "parameter 'user-id' collides", line: 15)
        expectDiagnostic(rendered.diagnostics, .warning, "property 'userId' collides", line: 56)
        expectDiagnostic(rendered.diagnostics, .warning, "property 'user-id' collides", line: 57)
        expectDiagnostic(
            rendered.diagnostics,
            .warning,
            "schema 'user-model' becomes Swift type 'UserModel2'",
            line: 77
        )
        // Bidirectional-override and mark characters never reach the Swift sources (Trojan Source).
        let bidi: Set<Unicode.Scalar> = [
            "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{200E}", "\u{200F}", "\u{2066}", "\u{2067}",
            "\u{2068}", "\u{2069}",
        ]
        for file in rendered.files where file.path.hasSuffix(".swift") {
            #expect(!file.contents.unicodeScalars.contains { bidi.contains($0) }, "bidi control in \(file.path)")
            #expect(!file.path.unicodeScalars.contains { bidi.contains($0) }, "bidi control in path \(file.path)")
        }
        let operations = try #require(rendered.files.first { $0.path.hasSuffix("/Operations/ProtocolModelAPI.swift") })
        #expect(operations.contents.contains("func `class`("))
        let api = try #require(load("weird-names").api)
        #expect(Set(api.operations.map(\.qualifiedName)).count == api.operations.count)
        #expect(Set(api.types.map(\.name)).count == api.types.count)
    }

    @Test func hostileDescriptionsStayInsideComments() throws {
        let rendered = try render("hostile-descriptions")
        #expect(!rendered.diagnostics.contains { $0.severity != .note })
        for file in rendered.files where file.path.hasSuffix(".swift") {
            // No raw control characters other than newline; no CR that could end a `///` line early.
            let controls = file.contents.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F || $0 == "\u{2028}" || $0 == "\u{2029}"
            }
            #expect(
                controls.isEmpty,
                "control characters \(controls.map { String($0.value, radix: 16) }) in \(file.path)"
            )
        }
    }

    @Test func traversalNamesStayInsideTheOutput() throws {
        let rendered = try render("path-traversal")
        for file in rendered.files {
            #expect(!file.path.contains(".."), "\(file.path)")
            #expect(!file.path.hasPrefix("/"), "\(file.path)")
            #expect(!file.path.split(separator: "/").contains { $0.hasPrefix(".") }, "hidden file \(file.path)")
        }
    }

    @Test func duplicateOperationIdsWarnAndStayUnique() throws {
        let loaded = load("duplicate-operation-ids")
        expectDiagnostic(loaded.diagnostics, .warning, "operationId 'listUsers' is also used", line: 11)
        expectDiagnostic(loaded.diagnostics, .warning, "operationId 'listUsers' is also used", line: 16)
        let api = try #require(loaded.api)
        #expect(api.operations.count == 4)
        #expect(Set(api.operations.map(\.qualifiedName)).count == 4)
    }

    @Test func unbalancedBracesSkipThePath() throws {
        let loaded = load("unbalanced-braces")
        for (path, line) in [("/users/{id'", 6), ("/users/id}'", 13), ("/users/{{id}}'", 18), ("/users/{a{b}c}'", 25)] {
            expectDiagnostic(
                loaded.diagnostics,
                .warning,
                "path '\(path) has unbalanced, nested or empty braces; skipped",
                line: line
            )
        }
        let api = try #require(loaded.api)
        #expect(api.operations.map(\.path).contains("/ok/{id}"))
        #expect(api.operations.map(\.path) == ["/ok/{id}"])
    }

    @Test func pathParameterMismatchesWarn() throws {
        let loaded = load("path-param-mismatch")
        expectDiagnostic(
            loaded.diagnostics,
            .warning,
            "path parameter 'ghost' does not appear in the path template",
            line: 11
        )
        expectDiagnostic(
            loaded.diagnostics,
            .warning,
            "path template variable '{partId}' has no declared parameter",
            line: 8
        )
        let operation = try #require(loaded.api?.operations.first)
        #expect(operation.parameters.map(\.name).sorted() == ["itemId", "partId"])
    }

    @Test func enumValuesCollidingAfterSanitizationWarn() throws {
        let loaded = load("enum-collisions")
        expectDiagnostic(
            loaded.diagnostics,
            .warning,
            "enum values collide after conversion to Swift names; 'in_progress'",
            line: 9
        )
        expectDiagnostic(loaded.diagnostics, .warning, "'in progress' becomes case", line: 9)
        _ = try render("enum-collisions")
    }

    @Test func integerEnumsGenerateWithoutWarnings() throws {
        let rendered = try render("integer-enums")
        #expect(!rendered.diagnostics.contains { $0.severity != .note })
        let level = try #require(rendered.files.first { $0.path.hasSuffix("/Models/Level.swift") })
        #expect(level.contents.contains("9007199254740991"))
        #expect(level.contents.contains("-1"))
    }

    @Test func typeArraysAndNullableWithoutTypeGenerate() throws {
        for name in ["type-arrays", "nullable-without-type"] {
            let rendered = try render(name)
            #expect(!rendered.diagnostics.contains { $0.severity == .error }, "\(name)")
        }
    }

    @Test func emptyPathsGenerateAnEmptyClient() throws {
        let loaded = load("empty-paths")
        #expect(!loaded.hasErrors)
        let api = try #require(loaded.api)
        #expect(api.operations.isEmpty)
        #expect(api.types.isEmpty)
        #expect(try render("empty-paths").files.contains { $0.path == "EmptyPathsAPI/Client.swift" })
    }

    /// Schemas named like Swift, Foundation or support-runtime types are renamed, never shadowing them
    /// (compile-adversarial.sh compiles the output).
    @Test func reservedNamesAreRenamed() throws {
        let stems = Set(try render("reserved-names").files.map { ($0.path as NSString).lastPathComponent })
        for name in ["Decoder", "CodingKey", "Date", "OneOfDecoding", "PercentEncoding", "TolerantObject", "Client"] {
            #expect(stems.contains("\(name)Model.swift"), "\(name) was not renamed")
        }
    }

    /// 300-character names: every path component stays far below 255 bytes, shortened with a hash
    /// suffix, the same on every run.
    @Test func longNamesAreShortenedDeterministically() throws {
        let first = try render("long-names").files.map(\.path).sorted()
        #expect(first == (try render("long-names").files.map(\.path).sorted()))
        let components = first.flatMap { $0.split(separator: "/") }
        #expect(components.allSatisfy { $0.utf8.count <= 220 }, "\(components.map(\.utf8.count).max() ?? 0) bytes")
        let hashed = components.filter {
            $0.range(of: #"_[0-9a-f]{16}(2)?\.(swift|md)$"#, options: .regularExpression) != nil
        }
        #expect(hashed.count >= 3, "\(first)")
        let source = try render("long-names").files.map(\.contents).joined()
        #expect(!source.contains("Long" + String(repeating: "Long", count: 60)))
    }

    /// 2^20 in-place expansions would take minutes and gigabytes; the bound stops them in well under a second.
    @Test func doublingNonComponentReferencesAreOneLocatedError() {
        let start = ContinuousClock.now
        let loaded = load("ref-doubling")
        #expect(ContinuousClock.now - start < .seconds(10))
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("non-component $refs expand to more than 20000 schemas") == true)
        #expect(errors.first?.location?.line ?? 0 > 15)
    }
}
