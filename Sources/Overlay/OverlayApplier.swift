import Diagnostics
import YAMLLoader

/// Applies an overlay's actions, in order, to a spec's node tree.
///
/// Semantics (OpenAPI Overlay 1.0.0):
/// - `remove: true` deletes every matched node from its parent mapping or list. Matches are removed
///   last-in-document-order first, so removing several items of one list never shifts a later match.
/// - `update` on a mapping target is a recursive merge: for each key of the update, a mapping merged
///   into a mapping merges key by key; anything else (scalar, list, or a kind change) replaces the old
///   value in place, keeping the key's position; keys the target lacks are appended at the end.
///   Merging cannot delete a key: to replace a whole subtree, remove it first, then update its parent.
/// - `update` on a list target appends the update value as ONE new item, as the specification says
///   ("the update value is appended"); an update that is itself a list is appended as a nested list,
///   not spliced. Use one action per item to add several items.
/// - `update` on a scalar target is an error (neither merge nor append is defined for it).
/// - A target that matches nothing is an error located at the action's `target` in the overlay.
///
/// Limitation: `Mark` carries no file name, so nodes copied from the overlay keep the overlay's
/// line and column while the document's file name stays the spec's. A later diagnostic about such a
/// node prints the spec's file with the overlay's line numbers.
package enum OverlayApplier {
    package static func apply(_ overlay: Overlay, to root: Node) -> (root: Node, diagnostics: [Diagnostic]) {
        var document = root
        var bag = DiagnosticBag()
        for action in overlay.actions {
            let paths = action.target.select(in: document)
            guard !paths.isEmpty else {
                var message = "the target '\(action.targetText)' matches nothing in the document"
                if let prefix = action.target.longestMatchingPrefix(in: document), prefix.steps > 0 {
                    message += " ('\(prefix.text)' matches, the step after it selects nothing)"
                }
                bag.error(message, at: action.location, pointer: action.pointer / "target")
                continue
            }
            if action.remove {
                for path in paths.reversed() {
                    guard let last = path.last else {
                        bag.error(
                            "the target '\(action.targetText)' selects the document root, which cannot be removed",
                            at: action.location,
                            pointer: action.pointer / "target"
                        )
                        continue
                    }
                    _ = modify(&document, at: path.dropLast()[...]) { parent in remove(last, from: &parent) }
                }
            } else if let update = action.update {
                for path in paths {
                    let problem = modify(&document, at: path[...]) { target in apply(update, to: &target) } ?? nil
                    if let problem {
                        bag.error(
                            "cannot update \(path.jsonPointer): it is \(problem)",
                            at: update.mark.location(in: overlay.file),
                            pointer: action.pointer / "update"
                        )
                    }
                }
            }
        }
        return (document, bag.all)
    }

    /// Merges or appends; returns what was wrong with the target when neither applies.
    private static func apply(_ update: Node, to target: inout Node) -> String? {
        switch target.kind {
        case .mapping:
            guard update.entries != nil else {
                return "a mapping, so 'update' must be a mapping (found \(update.kindName))"
            }
            merge(update, into: &target)
            return nil
        case .sequence(var items):
            target.kind = .sequence([])
            items.append(update)
            target.kind = .sequence(items)
            return nil
        case .scalar:
            return
                "\(target.kindName), and only mappings (merge) and lists (append) can be updated; update its parent instead"
        }
    }

    /// Mapping into mapping merges key by key; any other pair replaces the target with the update.
    static func merge(_ update: Node, into target: inout Node) {
        guard case .mapping(var entries) = target.kind, let updates = update.entries else {
            target = update
            return
        }
        target.kind = .sequence([])  // drop the second reference so `entries` is mutated in place
        for entry in updates {
            if let index = entries.firstIndex(where: { $0.key == entry.key }) {
                merge(entry.value, into: &entries[index].value)
            } else {
                entries.append(entry)
            }
        }
        target.kind = .mapping(entries)
    }

    private static func remove(_ component: PathComponent, from parent: inout Node) {
        switch (component, parent.kind) {
        case (.key(let key), .mapping(var entries)):
            parent.kind = .sequence([])
            entries.removeAll { $0.key == key }
            parent.kind = .mapping(entries)
        case (.index(let index), .sequence(var items)) where items.indices.contains(index):
            parent.kind = .sequence([])
            items.remove(at: index)
            parent.kind = .sequence(items)
        default:
            break
        }
    }

    /// Runs `body` on the node at `path`; nil when the path no longer exists (an earlier edit of the
    /// same action replaced it).
    private static func modify<T>(_ node: inout Node, at path: ArraySlice<PathComponent>, _ body: (inout Node) -> T)
        -> T?
    {
        guard let first = path.first else { return body(&node) }
        switch (first, node.kind) {
        case (.key(let key), .mapping(var entries)):
            guard let index = entries.firstIndex(where: { $0.key == key }) else { return nil }
            node.kind = .sequence([])
            let result = modify(&entries[index].value, at: path.dropFirst(), body)
            node.kind = .mapping(entries)
            return result
        case (.index(let index), .sequence(var items)):
            guard items.indices.contains(index) else { return nil }
            node.kind = .sequence([])
            let result = modify(&items[index], at: path.dropFirst(), body)
            node.kind = .sequence(items)
            return result
        default:
            return nil
        }
    }
}
