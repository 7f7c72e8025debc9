/// Hard bounds that keep hostile input from exhausting memory or the stack.
public struct LoaderLimits: Sendable {
    /// Nodes an alias may add by expansion, beyond the nodes actually written.
    public var maxAliasExpansion: Int
    /// Deepest nesting of lists and mappings.
    public var maxDepth: Int

    public init(maxAliasExpansion: Int = 1_000_000, maxDepth: Int = 256) {
        self.maxAliasExpansion = maxAliasExpansion
        self.maxDepth = maxDepth
    }

    public static let standard = LoaderLimits()
}
