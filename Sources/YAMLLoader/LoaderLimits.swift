/// Hard bounds that keep hostile input from exhausting memory or the stack.
package struct LoaderLimits: Sendable {
    /// Nodes an alias may add by expansion, beyond the nodes actually written.
    package var maxAliasExpansion: Int
    /// Scalar bytes aliases may add: one alias of a huge string is one node, yet every later stage copies it.
    package var maxAliasBytes: Int
    /// Deepest nesting of lists and mappings.
    package var maxDepth: Int

    package init(maxAliasExpansion: Int = 1_000_000, maxAliasBytes: Int = 16 << 20, maxDepth: Int = 256) {
        self.maxAliasExpansion = maxAliasExpansion
        self.maxAliasBytes = maxAliasBytes
        self.maxDepth = maxDepth
    }

    package static let standard = LoaderLimits()
}
