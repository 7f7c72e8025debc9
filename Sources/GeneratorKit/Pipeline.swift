import Diagnostics
import IR
import OpenAPIModel
import Overlay
import SwaggerConversion
import YAMLLoader

/// A file's bytes and the name diagnostics give it: the input of the load stage, for specs and overlays.
public struct SourceFile: Sendable {
    public var bytes: [UInt8]
    public var file: String

    public init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }
}

/// The spec as read: a located node tree, whatever OpenAPI or Swagger version it holds.
public struct LoadedTree: Sendable {
    public var root: Node
    public var file: String
}

/// Which format a spec was written in; later stages only ever see OpenAPI 3.x.
public enum SpecFormat: Sendable, Hashable {
    case openAPI3, swagger2
}

/// An OpenAPI 3.x tree, located in the original file whatever format it was written in.
public struct ConvertedTree: Sendable {
    public var root: Node
    public var file: String
    public var sourceFormat: SpecFormat
}

/// The 3.x tree with overlays applied; `files[0]` is the spec, then the overlays in order (`Mark.source`).
public struct OverlaidTree: Sendable {
    public var root: Node
    public var files: [String]
    public var sourceFormat: SpecFormat
}

/// One call per stage, each `(input, options, inout diagnostics) -> output?`: nil means the stage reported
/// an error and later stages must not run. `SpecLoader` composes them.
public enum Pipeline {
    /// Bytes to a located node tree (libyaml); nil after an error.
    public static func load(_ source: SourceFile, diagnostics: inout [Diagnostic]) -> LoadedTree? {
        let loaded = YAMLLoader.load(source.bytes, file: source.file)
        diagnostics += loaded.diagnostics
        guard let root = loaded.root, !loaded.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return LoadedTree(root: root, file: source.file)
    }

    /// Swagger 2.0 becomes OpenAPI 3.0 here, before overlays (written against the 3.x layout) and the model;
    /// converted nodes keep the original marks. OpenAPI 3.x passes through untouched.
    public static func convert(_ tree: LoadedTree, diagnostics: inout [Diagnostic]) -> ConvertedTree? {
        guard SwaggerConverter.isSwagger(tree.root) else {
            return ConvertedTree(root: tree.root, file: tree.file, sourceFormat: .openAPI3)
        }
        let converted = SwaggerConverter.convert(tree.root, file: tree.file)
        diagnostics += converted.diagnostics
        guard let root = converted.root else { return nil }
        return ConvertedTree(root: root, file: tree.file, sourceFormat: .swagger2)
    }

    /// Overlays apply in order, each to the previous one's result; overlay `i` stamps its nodes `source: i + 1`.
    public static func overlay(_ tree: ConvertedTree, overlays: [SourceFile], diagnostics: inout [Diagnostic])
        -> OverlaidTree?
    {
        var root = tree.root
        for (index, overlayFile) in overlays.enumerated() {
            let parsed = OverlayParser.load(
                overlayFile.bytes,
                file: overlayFile.file,
                source: UInt16(clamping: index + 1)
            )
            diagnostics += parsed.diagnostics
            guard let overlay = parsed.overlay else { return nil }
            let applied = OverlayApplier.apply(overlay, to: root)
            diagnostics += applied.diagnostics
            if applied.diagnostics.contains(where: { $0.severity == .error }) { return nil }
            root = applied.root
        }
        return OverlaidTree(root: root, files: [tree.file] + overlays.map(\.file), sourceFormat: tree.sourceFormat)
    }

    /// The tree to the lenient document model; nil when it is not an OpenAPI document at all.
    public static func model(_ tree: OverlaidTree, diagnostics: inout [Diagnostic]) -> Document? {
        let parsed = DocumentParser.parse(tree.root, file: tree.files[0], overlayFiles: Array(tree.files.dropFirst()))
        diagnostics += parsed.diagnostics
        return parsed.document
    }

    /// The model to the IR: references resolved, every name decided.
    public static func ir(_ document: Document, options: IROptions, diagnostics: inout [Diagnostic]) -> API {
        let built = IRBuilder.build(document, options: options)
        diagnostics += built.diagnostics
        return built.api
    }
}
