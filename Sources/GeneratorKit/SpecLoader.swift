import Diagnostics
import Foundation
import IR
import OpenAPIModel
import YAMLLoader

/// The result of reading a spec up to the IR: everything later stages need, plus every diagnostic.
public struct LoadedSpec: Sendable {
    public var document: Document?
    public var api: API?
    public var diagnostics: [Diagnostic]
}

public enum SpecLoader {
    /// Reads a file; an unreadable file is one located error, never a crash.
    public static func load(path: String, displayPath: String? = nil) -> LoadedSpec {
        let shown = displayPath ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            return LoadedSpec(document: nil, api: nil, diagnostics: [Diagnostic(.error, "spec file \(reason)", at: SourceLocation(file: shown, line: 1, column: 1))])
        }
        return load(bytes: [UInt8](data), file: shown)
    }

    public static func load(bytes: [UInt8], file: String) -> LoadedSpec {
        let parsed = DocumentParser.load(bytes, file: file)
        guard let document = parsed.document else {
            return LoadedSpec(document: nil, api: nil, diagnostics: parsed.diagnostics)
        }
        let built = IRBuilder.build(document)
        return LoadedSpec(document: document, api: built.api, diagnostics: parsed.diagnostics + built.diagnostics)
    }
}
