/// What a write does (or did). Every list is sorted.
public struct OutputPlan: Sendable, Equatable {
    public var added: [String]
    public var changed: [String]
    public var unchanged: [String]
    public var removed: [String]

    public init(added: [String] = [], changed: [String] = [], unchanged: [String] = [], removed: [String] = []) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
        self.removed = removed
    }

    /// True when a write would leave every rendered file as it is.
    public var isUpToDate: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }
}

/// One file on disk that differs from what the generator would write now.
public struct StaleFile: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Would be added.
        case missing
        /// Would be rewritten.
        case changed
        /// Owned by the generator but no longer produced; would be removed.
        case extra
    }

    public var path: String
    public var kind: Kind
    /// Short unified-style diff from the disk contents to the rendered contents.
    public var diff: String

    public init(path: String, kind: Kind, diff: String) {
        self.path = path
        self.kind = kind
        self.diff = diff
    }
}
