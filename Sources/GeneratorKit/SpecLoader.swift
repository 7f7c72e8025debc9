import Diagnostics
import Foundation
import IR
import OpenAPIModel
import Overlay
import YAMLLoader

/// The result of reading a spec up to the IR: everything later stages need, plus every diagnostic.
public struct LoadedSpec: Sendable {
    public var document: Document?
    public var api: API?
    /// Every diagnostic still to report: warnings a known-defects file accepts are not among them.
    public var diagnostics: [Diagnostic]
    /// Per known-defects file, how many warnings it accepted.
    public var accepted: [AcceptedDefects] = []

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

public enum SpecLoader {
    /// Reads a spec, applies overlays in order, then drops the warnings the known-defects files accept;
    /// an unreadable file is one located error, never a crash.
    public static func load(path: String, overlays: [String] = [], knownDefects: [String] = [], options: IROptions = IROptions()) -> LoadedSpec {
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
        guard let bytes = read(path) else { return failure(path) }
        var diagnostics: [Diagnostic] = []
        var overlayFiles: [(bytes: [UInt8], file: String)] = []
        for overlay in overlays {
            guard let overlayBytes = read(overlay) else { return failure(overlay) }
            overlayFiles.append((overlayBytes, overlay))
        }
        let loaded = YAMLLoader.load(bytes, file: path)
        diagnostics += loaded.diagnostics
        guard var root = loaded.root, !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
            return LoadedSpec(document: nil, api: nil, diagnostics: diagnostics)
        }
        for (index, overlayFile) in overlayFiles.enumerated() {
            let parsed = OverlayParser.load(overlayFile.bytes, file: overlayFile.file, source: UInt16(clamping: index + 1))
            diagnostics += parsed.diagnostics
            guard let overlay = parsed.overlay else { return LoadedSpec(document: nil, api: nil, diagnostics: diagnostics) }
            let applied = OverlayApplier.apply(overlay, to: root)
            diagnostics += applied.diagnostics
            if applied.diagnostics.contains(where: { $0.severity == .error }) {
                return LoadedSpec(document: nil, api: nil, diagnostics: diagnostics)
            }
            root = applied.root
        }
        return build(root, file: path, overlayFiles: overlays, options: options, diagnostics: diagnostics)
    }

    public static func load(bytes: [UInt8], file: String, options: IROptions = IROptions()) -> LoadedSpec {
        let loaded = YAMLLoader.load(bytes, file: file)
        guard let root = loaded.root, !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
            return LoadedSpec(document: nil, api: nil, diagnostics: loaded.diagnostics)
        }
        return build(root, file: file, options: options, diagnostics: loaded.diagnostics)
    }

    private static func build(_ root: Node, file: String, overlayFiles: [String] = [], options: IROptions, diagnostics: [Diagnostic]) -> LoadedSpec {
        let parsed = DocumentParser.parse(root, file: file, overlayFiles: overlayFiles)
        guard let document = parsed.document else {
            return LoadedSpec(document: nil, api: nil, diagnostics: diagnostics + parsed.diagnostics)
        }
        let built = IRBuilder.build(document, options: options)
        return LoadedSpec(document: document, api: built.api, diagnostics: diagnostics + parsed.diagnostics + built.diagnostics)
    }

    private static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    private static func failure(_ path: String) -> LoadedSpec {
        let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
        return LoadedSpec(document: nil, api: nil, diagnostics: [Diagnostic(.error, "file \(reason)", at: SourceLocation(file: path, line: 1, column: 1))])
    }
}
