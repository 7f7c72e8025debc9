import Diagnostics
import Foundation
import IR
import OpenAPIModel

/// The result of reading a spec up to the IR: everything later stages need, plus every diagnostic.
public struct LoadedSpec: Sendable {
    /// The document model, nil after an error in an earlier stage.
    public var document: Document?
    /// The IR, nil after an error.
    public var api: API?
    /// Every diagnostic still to report: warnings a known-defects file accepts are not among them.
    public var diagnostics: [Diagnostic]
    /// Per known-defects file, how many warnings it accepted.
    public var accepted: [AcceptedDefects] = []
    /// The format the spec was written in (a Swagger 2.0 spec was converted to OpenAPI 3.0 first).
    public var sourceFormat: SpecFormat = .openAPI3

    /// Any error-severity diagnostic: later stages must not run.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Runs the `Pipeline` stages from a path or bytes up to the IR.
public enum SpecLoader {
    /// Reads a spec, applies overlays in order, then drops the warnings the known-defects files accept;
    /// an unreadable file is one located error, never a crash.
    public static func load(
        path: String,
        overlays: [String] = [],
        knownDefects: [String] = [],
        options: IROptions = IROptions()
    ) -> LoadedSpec {
        var lists: [KnownDefects] = []
        var listDiagnostics: [Diagnostic] = []
        for file in knownDefects {
            let parsed = KnownDefects.load(path: file)
            listDiagnostics += parsed.diagnostics
            if let list = parsed.defects { lists.append(list) }
        }
        // A malformed list stops the run: applying half of it would hide or report the wrong warnings.
        if listDiagnostics.contains(where: { $0.severity == .error }) {
            return LoadedSpec(document: nil, api: nil, diagnostics: listDiagnostics)
        }
        var loaded = loadWithOverlays(path: path, overlays: overlays, options: options)
        guard !lists.isEmpty else { return loaded }
        let filtered = KnownDefects.apply(lists, to: loaded.diagnostics)
        loaded.diagnostics = listDiagnostics + filtered.diagnostics
        loaded.accepted = filtered.accepted
        return loaded
    }

    private static func loadWithOverlays(path: String, overlays: [String], options: IROptions) -> LoadedSpec {
        // Every file is read before any is parsed: a missing overlay is the one error reported.
        guard let bytes = read(path) else { return failure(path) }
        var overlayFiles: [SourceFile] = []
        for overlay in overlays {
            guard let overlayBytes = read(overlay) else { return failure(overlay) }
            overlayFiles.append(SourceFile(bytes: overlayBytes, file: overlay))
        }
        return run(SourceFile(bytes: bytes, file: path), overlays: overlayFiles, options: options)
    }

    /// From bytes already read (fuzzing, tests): no overlays, no known-defects lists.
    public static func load(bytes: [UInt8], file: String, options: IROptions = IROptions()) -> LoadedSpec {
        run(SourceFile(bytes: bytes, file: file), overlays: [], options: options)
    }

    /// The stages in order; each runs only when the previous one produced its output.
    private static func run(_ source: SourceFile, overlays: [SourceFile], options: IROptions) -> LoadedSpec {
        var diagnostics: [Diagnostic] = []
        guard let loaded = Pipeline.load(source, diagnostics: &diagnostics),
            let converted = Pipeline.convert(loaded, diagnostics: &diagnostics),
            let overlaid = Pipeline.overlay(converted, overlays: overlays, diagnostics: &diagnostics),
            let document = Pipeline.model(overlaid, diagnostics: &diagnostics)
        else { return LoadedSpec(document: nil, api: nil, diagnostics: diagnostics) }
        let api = Pipeline.ir(document, options: options, diagnostics: &diagnostics)
        return LoadedSpec(document: document, api: api, diagnostics: diagnostics, sourceFormat: overlaid.sourceFormat)
    }

    private static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    private static func failure(_ path: String) -> LoadedSpec {
        let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
        return LoadedSpec(
            document: nil,
            api: nil,
            diagnostics: [Diagnostic(.error, "file \(reason)", at: SourceLocation(file: path, line: 1, column: 1))]
        )
    }
}
