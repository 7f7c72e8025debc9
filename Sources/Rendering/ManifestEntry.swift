/// One line of `Templates/manifest.yaml`: which template renders which files.
public struct ManifestEntry: Sendable, Hashable {
    public enum Each: String, Sendable { case once, tag, model }

    public var template: String
    public var each: Each
    /// With `{module}` and `{name}` placeholders.
    public var path: String
    /// Docs are skipped when the user asks for code only.
    public var isDocs: Bool
    /// The runtime files; skipped where another file set already provides them (golden tests).
    public var isSupport: Bool

    public init(template: String, each: Each, path: String, isDocs: Bool, isSupport: Bool) {
        self.template = template
        self.each = each
        self.path = path
        self.isDocs = isDocs
        self.isSupport = isSupport
    }
}
