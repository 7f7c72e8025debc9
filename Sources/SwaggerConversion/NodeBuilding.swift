import YAMLLoader

// Converted nodes carry the marks of the Swagger nodes they come from, so every later diagnostic
// points into the original file.
extension Node {
    /// A quoted (always string) scalar.
    static func text(_ value: String, at mark: Mark) -> Node {
        Node(.scalar(Scalar(value, isPlain: false)), mark: mark)
    }

    /// A plain scalar such as `true` or `false`.
    static func plain(_ value: String, at mark: Mark) -> Node {
        Node(.scalar(Scalar(value, isPlain: true)), mark: mark)
    }

    static func mapping(_ entries: [Entry], at mark: Mark) -> Node {
        Node(.mapping(entries), mark: mark)
    }

    static func sequence(_ items: [Node], at mark: Mark) -> Node {
        Node(.sequence(items), mark: mark)
    }

    /// Strings of a list of scalars (`consumes`, `schemes`); anything else reads as none.
    var strings: [String] { items?.compactMap(\.string) ?? [] }
}

extension Entry {
    /// A key that did not exist in the source, placed where the node it came from was written.
    init(_ key: String, _ value: Node) {
        self.init(key: key, keyMark: value.mark, value: value)
    }

    var isExtension: Bool { key.hasPrefix("x-") }
}
