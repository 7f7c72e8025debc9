import Diagnostics
import Foundation
import GeneratorKit
import Testing

/// Known-defects lists: which warnings an entry accepts, stale entries, malformed files, and the
/// checked-in Budgea list doing its job.
@Suite struct KnownDefectsTests {
    private func parse(_ yaml: String) -> (defects: KnownDefects?, diagnostics: [Diagnostic]) {
        KnownDefects.parse(Array(yaml.utf8), file: "spec.known-defects.yaml")
    }

    private func list(_ yaml: String) throws -> KnownDefects {
        let parsed = parse(yaml)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        return try #require(parsed.defects)
    }

    private func warning(_ message: String, _ pointer: String) -> Diagnostic {
        Diagnostic(
            .warning,
            message,
            at: SourceLocation(file: "spec.yaml", line: 3, column: 1),
            pointer: JSONPointer(fragment: pointer)
        )
    }

    @Test func pointerIsAPrefixTokenByToken() throws {
        let defects = try list(
            """
            defects:
              - pointer: "#/paths/~1users/get"
                reason: listed on purpose
            """
        )
        let entry = try #require(defects.entries.first)
        #expect(entry.matches(warning("w", "#/paths/~1users/get/parameters/0")))
        #expect(entry.matches(warning("w", "#/paths/~1users/get")))
        // Same characters, another path: a string prefix would wrongly accept these.
        #expect(!entry.matches(warning("w", "#/paths/~1users~1{id}/get")))
        #expect(!entry.matches(warning("w", "#/paths/~1users/getter")))
        #expect(!entry.matches(Diagnostic(.warning, "w")))  // no pointer at all
    }

    @Test func messageAndPointerMustBothHold() throws {
        let defects = try list(
            """
            defects:
              - pointer: "#/components/schemas/A"
                message: collides
                reason: both matchers
            """
        )
        let entry = try #require(defects.entries.first)
        #expect(
            entry.matches(
                warning("property 'a-b' collides with another property", "#/components/schemas/A/properties/a-b")
            )
        )
        #expect(!entry.matches(warning("default is not a valid integer", "#/components/schemas/A/properties/a-b")))
        #expect(!entry.matches(warning("property 'a-b' collides with another property", "#/components/schemas/B")))
    }

    @Test func errorsAndNotesAreNeverAccepted() throws {
        let defects = try list(
            """
            defects:
              - message: odd
                reason: only warnings
            """
        )
        let entry = try #require(defects.entries.first)
        #expect(!entry.matches(Diagnostic(.error, "odd")))
        #expect(!entry.matches(Diagnostic(.note, "odd")))
        #expect(entry.matches(Diagnostic(.warning, "odd")))
    }

    @Test func acceptedWarningsAreCountedAndStaleEntriesReported() throws {
        let defects = try list(
            """
            defects:
              - message: collides
                reason: two warnings match
              - pointer: "#/paths/~1gone"
                reason: nothing matches any more
            """
        )
        let diagnostics = [
            warning("parameter 'a' collides", "#/paths/~1a/get/parameters/1"),
            warning("parameter 'b' collides", "#/paths/~1b/get/parameters/1"),
            warning("something else", "#/paths/~1c"),
            Diagnostic(.note, "a note"),
        ]
        let result = KnownDefects.apply([defects], to: diagnostics)
        #expect(result.accepted == [AcceptedDefects(file: "spec.known-defects.yaml", count: 2)])
        #expect(result.accepted.first?.summary == "2 known spec defects accepted (spec.known-defects.yaml)")
        #expect(
            result.diagnostics.map(\.description) == [
                "spec.yaml:3:1: warning: something else [#/paths/~1c]",
                "note: a note",
                "spec.known-defects.yaml:4:5: warning: known defect matches no warning (stale entry: the defect is gone or its matcher is wrong); remove or update it [#/defects/1]",
            ]
        )
    }

    /// A run that stopped on an error never reached the stages that report the listed warnings.
    @Test func entriesAreNotStaleWhenTheRunHasErrors() throws {
        let defects = try list(
            """
            defects:
              - message: collides
                reason: reported by a later stage
            """
        )
        let result = KnownDefects.apply([defects], to: [Diagnostic(.error, "not valid YAML")])
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.accepted.first?.count == 0)
    }

    @Test func malformedEntriesAreLocatedErrors() {
        let parsed = parse(
            """
            defects:
              - pointer: "#"
                reason: would accept everything
              - message: x
              - reason: says nothing about which warning
              - message: y
                reason: fine
                severity: warning
            extra: 1
            """
        )
        #expect(parsed.defects == nil)
        #expect(
            parsed.diagnostics.map(\.description) == [
                "spec.known-defects.yaml:9:1: error: unknown key 'extra' (expected 'defects') [#/extra]",
                "spec.known-defects.yaml:2:14: error: 'pointer' must be a JSON pointer below the root, as printed in warnings (#/paths/...) [#/defects/0/pointer]",
                "spec.known-defects.yaml:4:5: error: a known defect needs a 'reason': why the warning is accepted rather than repaired [#/defects/1]",
                "spec.known-defects.yaml:5:5: error: a known defect needs 'pointer' and/or 'message' to say which warning it accepts [#/defects/2]",
                "spec.known-defects.yaml:8:5: error: unknown key 'severity' (expected pointer, message, reason) [#/defects/3/severity]",
            ]
        )
    }

    @Test func anEmptyListAcceptsNothing() throws {
        #expect(try list("# nothing accepted yet\n").entries.isEmpty)
        #expect(try list("defects: []\n").entries.isEmpty)
    }

    /// Through SpecLoader: the accepted warning is gone from the diagnostics, a malformed list stops the run.
    @Test func specLoaderAppliesTheLists() throws {
        let directory = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let spec = directory.appendingPathComponent("spec.yaml").path
        let accepted = directory.appendingPathComponent("spec.known-defects.yaml").path
        let broken = directory.appendingPathComponent("broken.known-defects.yaml").path
        try """
        openapi: 3.0.3
        info: {title: t, version: "1"}
        paths: {}
        components:
          schemas:
            Account:
              type: object
              required: [ghost]
              properties: {id: {type: integer}}
        """.write(toFile: spec, atomically: true, encoding: .utf8)
        try """
        defects:
          - pointer: "#/components/schemas/Account/required"
            message: "'ghost'"
            reason: the test accepts it
        """.write(toFile: accepted, atomically: true, encoding: .utf8)
        try "defects: {not: a list}\n".write(toFile: broken, atomically: true, encoding: .utf8)

        let plain = SpecLoader.load(path: spec)
        #expect(plain.diagnostics.contains { $0.message.contains("'ghost'") })
        let filtered = SpecLoader.load(path: spec, knownDefects: [accepted])
        #expect(!filtered.diagnostics.contains { $0.message.contains("'ghost'") }, "\(filtered.diagnostics)")
        #expect(filtered.accepted == [AcceptedDefects(file: accepted, count: 1)])
        #expect(filtered.api != nil)
        let failed = SpecLoader.load(path: spec, knownDefects: [broken])
        #expect(failed.api == nil)
        #expect(
            failed.diagnostics.map(\.description) == [
                "\(broken):1:10: error: 'defects' must be a list, found a mapping [#/defects]"
            ]
        )
    }

    /// The goal of spec/budgea.known-defects.yaml: the checked-in spec, its overlays and its list give
    /// no warning (so `--strict` passes), and every entry still matches one.
    @Test func budgeaHasNoWarningBeyondItsKnownDefects() throws {
        let specDirectory = Paths.packageRoot.appendingPathComponent("spec")
        let names = try FileManager.default.contentsOfDirectory(atPath: specDirectory.path).sorted()
        let overlays = names.filter { $0.hasSuffix(".overlay.yaml") }.map {
            specDirectory.appendingPathComponent($0).path
        }
        let lists = names.filter { $0.hasSuffix(".known-defects.yaml") }.map {
            specDirectory.appendingPathComponent($0).path
        }
        #expect(lists.count == 1)
        let loaded = SpecLoader.load(path: Paths.budgeaSpec, overlays: overlays, knownDefects: lists)
        #expect(loaded.diagnostics.filter { $0.severity != .note }.map(\.description) == [])
        #expect((loaded.accepted.first?.count ?? 0) > 0)
    }
}
