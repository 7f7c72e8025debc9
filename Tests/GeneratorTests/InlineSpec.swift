import GeneratorKit

/// A small spec written in a test: the `openapi` and `info` lines, then `body` (paths, components...).
func loadInlineSpec(_ body: String) -> LoadedSpec {
    SpecLoader.load(bytes: Array("openapi: 3.0.3\ninfo: {title: T, version: '1'}\n\(body)".utf8), file: "spec.yaml")
}
