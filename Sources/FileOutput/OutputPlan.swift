/// What a write does (or did). Every list is sorted.
package struct OutputPlan: Sendable, Equatable {
    package var added: [String]
    package var changed: [String]
    package var unchanged: [String]
    package var removed: [String]

    package init(added: [String] = [], changed: [String] = [], unchanged: [String] = [], removed: [String] = []) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
        self.removed = removed
    }

    /// True when a write would leave every rendered file as it is.
    package var isUpToDate: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }
}

/// One file on disk that differs from what the generator would write now.
package struct StaleFile: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// Would be added.
        case missing
        /// Would be rewritten.
        case changed
        /// Owned by the generator but no longer produced; would be removed.
        case extra
    }

    package var path: String
    package var kind: Kind
    /// Short unified-style diff from the disk contents to the rendered contents.
    package var diff: String

    package init(path: String, kind: Kind, diff: String) {
        self.path = path
        self.kind = kind
        self.diff = diff
    }
}
