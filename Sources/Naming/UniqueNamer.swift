/// Hands out unique names in the order they are claimed; a clash gets a stable suffix
/// `2`, `3`, ... and is reported so the caller can warn.
/// `caseInsensitive: true` for file names (macOS file systems): "User" and "user" then collide.
/// Names are bare (`SwiftIdentifier.name`): a suffixed keyword is no longer a keyword, so "default" twice gives
/// "default" then "default2".
package struct UniqueNamer: Sendable {
    private let caseInsensitive: Bool
    private var taken: Set<String>
    /// Where the suffix search for a base resumes, so n names that all collide cost O(n), not O(n²).
    private var nextSuffix: [String: Int] = [:]

    package init(caseInsensitive: Bool = false, reserved: Set<String> = []) {
        self.caseInsensitive = caseInsensitive
        self.taken = []
        for name in reserved { taken.insert(key(name)) }
    }

    package mutating func claim(_ wanted: String) -> (name: String, collided: Bool) {
        if !isTaken(wanted) {
            taken.insert(key(wanted))
            return (wanted, false)
        }
        var suffix = nextSuffix[key(wanted)] ?? 2
        while isTaken(wanted + String(suffix)) { suffix += 1 }
        let name = wanted + String(suffix)
        taken.insert(key(name))
        nextSuffix[key(wanted)] = suffix + 1
        return (name, true)
    }

    /// The same for an identifier: a suffixed keyword is no longer a keyword (`default2`).
    package mutating func claim(_ wanted: SwiftIdentifier) -> (name: SwiftIdentifier, collided: Bool) {
        let claimed = claim(wanted.name)
        return (SwiftIdentifier(claimed.name), claimed.collided)
    }

    package func isTaken(_ name: String) -> Bool {
        taken.contains(key(name))
    }

    private func key(_ name: String) -> String {
        caseInsensitive ? name.lowercased() : name
    }
}
