import ArgumentParser
import Diagnostics
import FileOutput
import Foundation
import GeneratorKit
import IR
import Rendering

extension DecodingPolicy: ExpressibleByArgument {}
extension NumberRepresentation: ExpressibleByArgument {}
extension AccessLevel: ExpressibleByArgument {}

@main
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a Swift client and Markdown docs from an OpenAPI 3.0/3.1 spec.",
        subcommands: [RunCommand.self, ListCommand.self, DiffCommand.self],
        defaultSubcommand: RunCommand.self
    )

    static func main() {
        Terminal.ignoreBrokenPipes()
        main(nil)
    }
}

/// Options every subcommand that reads a spec shares.
struct SpecOptions: ParsableArguments {
    @Flag(help: "Fail (exit 1) when the spec has warnings.")
    var strict = false

    /// Each diagnostic, then one line per known-defects file that accepted warnings.
    func report(_ diagnostics: [Diagnostic], accepted: [AcceptedDefects] = []) {
        for diagnostic in diagnostics { Terminal.error(diagnostic.description) }
        for list in accepted where list.count > 0 { Terminal.error(list.summary) }
    }

    func warningsFail(_ diagnostics: [Diagnostic]) -> Bool {
        strict && diagnostics.contains { $0.severity == .warning }
    }
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Regenerate the output directory (the default)."
    )

    @Option(help: "The spec (default: the one spec file in spec/).")
    var spec: String?

    @Option(
        name: .customLong("overlay"),
        help:
            "An OpenAPI Overlay 1.0 file to apply (repeatable; default: spec/*.overlay.yaml when --spec is not given)."
    )
    var overlays: [String] = []

    @Option(help: "Where to write the files.")
    var output = "Generated"

    @Option(help: "Swift module name (default: from the spec's title, e.g. BudgeaAPI).")
    var moduleName: String?

    @Option(help: "A folder of templates overriding the built-in ones by name.")
    var templates: String?

    @Option(
        help:
            "Access level of generated declarations: public, package or internal (default: the config file's, else public)."
    )
    var access: AccessLevel?

    @Flag(help: "Do not write Markdown docs.")
    var noDocs = false

    @Flag(help: "Do not write the support runtime (Support/*.swift); for golden tests and shared runtimes.")
    var noSupport = false

    @Option(
        help:
            "A config file (access, moduleName, docs, decoding, numbers, modelNamespace, include/exclude Tags/Paths/Operations; default: spec/openapi-generator.yaml when --spec is not given). Options given here win over it."
    )
    var config: String?

    @Option(
        help:
            "How models read responses: tolerant (missing or mistyped fields are reported, not thrown) or strict (default: the config file's, else tolerant)."
    )
    var decoding: DecodingPolicy?

    @Option(help: "Swift type of JSON numbers: decimal (exact) or double (default: the config file's, else decimal).")
    var numbers: NumberRepresentation?

    @Option(
        help:
            "Declare every model type inside this enum (`Budgea.Transaction`), so apps importing SwiftUI, StoreKit or Combine meet no ambiguous names (default: the config file's, else top level)."
    )
    var modelNamespace: String?

    @Option(
        help:
            "Also write the renderer's input (resolved options and the filtered IR, as JSON) to this file; each golden case keeps one as ir.json."
    )
    var irSnapshot: String?

    @Flag(help: "Write exactly Client.swift, Operations.swift, Models.swift and Support.swift (for build plugins).")
    var bundle = false

    @Flag(help: "Write nothing; exit 1 listing stale files when the output is not what the spec produces.")
    var check = false

    @Option(
        name: .customLong("known-defects"),
        help:
            "A list of accepted warnings, each with its reason (repeatable; default: spec/*.known-defects.yaml when --spec is not given)."
    )
    var knownDefects: [String] = []

    @OptionGroup var specOptions: SpecOptions

    func validate() throws {
        if let modelNamespace, let problem = ModelNamespace.problem(modelNamespace) {
            throw ValidationError("--model-namespace \(problem)")
        }
    }

    func run() throws {
        let start = DispatchTime.now()
        let inputs = try discoverInputs(spec: spec, overlays: overlays, knownDefects: knownDefects, config: config)
        var options = GenerateOptions(
            specPath: inputs.spec,
            overlays: inputs.overlays,
            outputDirectory: output,
            moduleName: moduleName,
            templatesDirectory: templates,
            accessLevel: access,
            includeDocs: !noDocs,
            includeSupport: !noSupport
        )
        options.bundle = bundle
        options.decoding = decoding
        options.numbers = numbers
        options.modelNamespace = modelNamespace
        options.knownDefects = inputs.knownDefects
        let rendered: Rendered
        do throws(GenerationFailure) {
            if let config = inputs.config { options.config = try GeneratorConfig.load(path: config) }
            let prepared = try Generator.prepare(options)
            rendered = try Generator.render(prepared, options: options)
            if let irSnapshot { try writeSnapshot(prepared, to: irSnapshot) }
        } catch {
            // A failed run says one thing: why it failed.
            Terminal.error(error.description)
            throw ExitCode.failure
        }
        let warnings = rendered.diagnostics.filter { $0.severity == .warning }.count
        if specOptions.warningsFail(rendered.diagnostics) {
            specOptions.report(rendered.diagnostics, accepted: rendered.accepted)
            Terminal.error("error: \(warnings) warning(s) and --strict; nothing written")
            throw ExitCode.failure
        }
        var writer = OutputWriter(directory: URL(fileURLWithPath: output))
        writer.onWait = { Terminal.error("waiting for another generate run on '\(output)' to finish...") }
        // From here Ctrl-C or SIGTERM waits for the writer to roll back (rendering before it just dies).
        SignalTrap.install()
        do {
            if check {
                let stale = try writer.check(rendered.files)
                specOptions.report(rendered.diagnostics, accepted: rendered.accepted)
                if stale.isEmpty {
                    Terminal.out("\(output) is up to date (\(rendered.files.count) files)")
                    return
                }
                Terminal.error(
                    "\(output) is stale: \(stale.count) file(s) differ from what the spec and templates produce. Run `swift run generate`."
                )
                for file in stale {
                    Terminal.error("\(file.kind): \(file.path)")
                    if !file.diff.isEmpty { Terminal.error(file.diff) }
                }
                throw ExitCode.failure
            }
            let plan = try writer.write(rendered.files)
            specOptions.report(rendered.diagnostics, accepted: rendered.accepted)
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
            Terminal.out(
                "\(rendered.moduleName): \(plan.added.count + plan.changed.count) written, \(plan.unchanged.count) unchanged, \(plan.removed.count) removed, \(warnings) warning(s), \(Int(milliseconds)) ms"
            )
        } catch let error as FileOutputError {
            Terminal.error("error: \(error.description)")
            // Die of the signal itself, so a shell or build system sees an interruption, not a failure.
            if case .interrupted(let signal) = error { SignalTrap.reraise(signal) }
            throw ExitCode.failure
        }
    }
}

extension RunCommand {
    private func writeSnapshot(_ prepared: Prepared, to path: String) throws(GenerationFailure) {
        do {
            try Data(try RenderInput(options: prepared.renderOptions, api: prepared.api).snapshot().utf8).write(
                to: URL(fileURLWithPath: path),
                options: .atomic
            )
        } catch {
            throw GenerationFailure(
                description: "\(path): error: the IR snapshot cannot be written: \(error)",
                diagnostics: []
            )
        }
    }
}

/// The named inputs or spec/'s; when spec/ holds no single spec, one line says so and the run fails.
func discoverInputs(spec: String?, overlays: [String], knownDefects: [String], config: String? = nil) throws
    -> SpecDiscovery.Inputs
{
    do {
        return try SpecDiscovery.resolve(spec: spec, overlays: overlays, knownDefects: knownDefects, config: config)
    } catch {
        Terminal.error(error.description)
        throw ExitCode.failure
    }
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print name, method, path and summary of every operation, sorted by name."
    )

    @Argument(help: "The spec (default: the one spec file in spec/).")
    var spec: String?

    @Option(
        name: .customLong("overlay"),
        help: "An OpenAPI Overlay 1.0 file to apply (repeatable; default: spec/*.overlay.yaml when no spec is given)."
    )
    var overlays: [String] = []

    @Option(
        name: .customLong("known-defects"),
        help: "A list of accepted warnings (repeatable; default: spec/*.known-defects.yaml when no spec is given)."
    )
    var knownDefects: [String] = []

    @OptionGroup var specOptions: SpecOptions

    func run() throws {
        let inputs = try discoverInputs(spec: spec, overlays: overlays, knownDefects: knownDefects)
        let loaded = SpecLoader.load(path: inputs.spec, overlays: inputs.overlays, knownDefects: inputs.knownDefects)
        specOptions.report(loaded.diagnostics, accepted: loaded.accepted)
        guard let api = loaded.api, !loaded.hasErrors else { throw ExitCode.failure }
        Terminal.out(OperationList.render(api), terminator: "")
        if specOptions.warningsFail(loaded.diagnostics) { throw ExitCode.failure }
    }
}

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Print a Markdown API changelog between two specs, breaking changes first.",
        discussion: """
            Exit status: 0 the changelog was printed; 1 a change is breaking and --fail-on-breaking was given; \
            2 a spec could not be read or has errors (they are printed, no changelog); 64 a usage error.
            """
    )

    @Argument(help: "The older spec.") var old: String
    @Argument(help: "The newer spec.") var new: String

    @Flag(help: "Exit 1 when a change is breaking.")
    var failOnBreaking = false

    @Option(
        help:
            "The decoding policy the client is generated with: it decides which properties are optional in Swift (default: tolerant)."
    )
    var decoding: DecodingPolicy = .tolerant

    /// Distinct from a breaking change (1), so CI can tell "the API broke" from "the diff could not run".
    static let unreadableInputs = ExitCode(2)

    func run() throws {
        let before = SpecLoader.load(path: old)
        let after = SpecLoader.load(path: new)
        for loaded in [before, after] where loaded.hasErrors {
            for error in loaded.diagnostics where error.severity == .error { Terminal.error(error.description) }
        }
        guard let oldAPI = before.api, let newAPI = after.api, !before.hasErrors, !after.hasErrors else {
            throw Self.unreadableInputs
        }
        let changes = APIDiff.changes(from: oldAPI, to: newAPI, decoding: decoding)
        Terminal.out(Changelog.markdown(changes, old: old, new: new), terminator: "")
        if failOnBreaking && changes.contains(where: \.breaking) { throw ExitCode.failure }
    }
}
