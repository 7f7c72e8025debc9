import Diagnostics
import YAMLLoader

/// An OpenAPI Overlay 1.0.0 document: an ordered list of edits for an OpenAPI description.
package struct Overlay: Sendable {
    package var title: String
    /// `info.version`: the overlay's own version, not the spec's.
    package var version: String
    /// `extends`: the URL of the description the overlay was written for, if given.
    package var extends: String?
    package var actions: [OverlayAction]
    /// The overlay file's name, for diagnostics that point into it.
    package var file: String

    package init(title: String, version: String = "", extends: String? = nil, actions: [OverlayAction], file: String) {
        self.title = title
        self.version = version
        self.extends = extends
        self.actions = actions
        self.file = file
    }
}

/// One `actions` item: which nodes to edit (`target`) and how (`update` and/or `remove`).
package struct OverlayAction: Sendable {
    package var target: JSONPath
    package var targetText: String
    /// Merged into mapping targets, appended to sequence targets. Ignored when `remove` is true.
    package var update: Node?
    package var remove: Bool
    package var description: String?
    /// Where the `target` value is written in the overlay file.
    package var location: SourceLocation
    /// The action in the overlay file (`#/actions/3`).
    package var pointer: JSONPointer

    package init(
        target: JSONPath,
        targetText: String,
        update: Node?,
        remove: Bool,
        description: String?,
        location: SourceLocation,
        pointer: JSONPointer
    ) {
        self.target = target
        self.targetText = targetText
        self.update = update
        self.remove = remove
        self.description = description
        self.location = location
        self.pointer = pointer
    }
}

/// Reads an overlay document from a loaded node tree, reporting every problem with its position.
package enum OverlayParser {
    /// Overlay versions this parser understands (patch releases of 1.0 are accepted too).
    package static let supportedVersion = "1.0.0"

    /// Loads YAML or JSON bytes and parses them; loader diagnostics come first.
    /// `source`: this overlay's index among the files the document is built from (1 for the first overlay),
    /// stamped on the nodes it inserts so later warnings about them point here.
    package static func load(_ bytes: [UInt8], file: String, source: UInt16 = 0) -> (
        overlay: Overlay?, diagnostics: [Diagnostic]
    ) {
        let loaded = YAMLLoader.load(bytes, file: file, source: source)
        guard let root = loaded.root else { return (nil, loaded.diagnostics) }
        let parsed = parse(root, file: file)
        let diagnostics = loaded.diagnostics + parsed.diagnostics
        return (diagnostics.contains { $0.severity == .error } ? nil : parsed.overlay, diagnostics)
    }

    /// Returns nil when any error was found: applying half an overlay would silently produce a wrong spec.
    package static func parse(_ root: Node, file: String) -> (overlay: Overlay?, diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        let rootPointer = JSONPointer()
        guard let entries = root.entries else {
            bag.error(
                "an overlay document must be a mapping, found \(root.kindName)",
                at: root.mark.location(in: file),
                pointer: rootPointer
            )
            return (nil, bag.all)
        }
        checkKeys(
            entries,
            allowed: ["overlay", "info", "extends", "actions"],
            in: "the overlay document",
            file: file,
            pointer: rootPointer,
            bag: &bag
        )

        // overlay: 1.0.0
        if let versionNode = root["overlay"] {
            let text = versionNode.string ?? ""
            if text != supportedVersion && !text.hasPrefix("1.0.") {
                bag.error(
                    "unsupported overlay version '\(text)'; expected \(supportedVersion)",
                    at: versionNode.mark.location(in: file),
                    pointer: rootPointer / "overlay"
                )
            }
        } else {
            bag.error(
                "missing 'overlay' (the Overlay Specification version, e.g. overlay: \(supportedVersion))",
                at: root.mark.location(in: file),
                pointer: rootPointer
            )
        }

        // info: {title, version}
        var title = ""
        var version = ""
        if let info = root["info"] {
            let pointer = rootPointer / "info"
            if let infoEntries = info.entries {
                checkKeys(
                    infoEntries,
                    allowed: ["title", "version"],
                    in: "info",
                    file: file,
                    pointer: pointer,
                    bag: &bag
                )
                if let value = info["title"]?.string {
                    title = value
                } else {
                    bag.warning("info has no 'title'", at: info.mark.location(in: file), pointer: pointer)
                }
                if let value = info["version"]?.string {
                    version = value
                } else {
                    bag.warning("info has no 'version'", at: info.mark.location(in: file), pointer: pointer)
                }
            } else {
                bag.warning(
                    "'info' must be a mapping with title and version, found \(info.kindName)",
                    at: info.mark.location(in: file),
                    pointer: pointer
                )
            }
        } else {
            bag.warning(
                "missing 'info' (title and version of the overlay)",
                at: root.mark.location(in: file),
                pointer: rootPointer
            )
        }

        var extends: String?
        if let node = root["extends"] {
            if let text = node.string {
                extends = text
            } else {
                bag.warning(
                    "'extends' must be a URL string, found \(node.kindName); ignored",
                    at: node.mark.location(in: file),
                    pointer: rootPointer / "extends"
                )
            }
        }

        // actions: [...]
        var actions: [OverlayAction] = []
        if let actionsNode = root["actions"] {
            let pointer = rootPointer / "actions"
            if let items = actionsNode.items {
                if items.isEmpty {
                    bag.error(
                        "'actions' is empty; an overlay needs at least one action",
                        at: actionsNode.mark.location(in: file),
                        pointer: pointer
                    )
                }
                for (index, item) in items.enumerated() {
                    if let action = parseAction(item, pointer: pointer / index, file: file, bag: &bag) {
                        actions.append(action)
                    }
                }
            } else {
                bag.error(
                    "'actions' must be a list, found \(actionsNode.kindName)",
                    at: actionsNode.mark.location(in: file),
                    pointer: pointer
                )
            }
        } else {
            bag.error(
                "missing 'actions' (the list of edits to apply)",
                at: root.mark.location(in: file),
                pointer: rootPointer
            )
        }

        let overlay = Overlay(title: title, version: version, extends: extends, actions: actions, file: file)
        return (bag.hasErrors ? nil : overlay, bag.all)
    }

    private static func parseAction(_ node: Node, pointer: JSONPointer, file: String, bag: inout DiagnosticBag)
        -> OverlayAction?
    {
        guard let entries = node.entries else {
            bag.error(
                "an action must be a mapping with 'target' and 'update' or 'remove', found \(node.kindName)",
                at: node.mark.location(in: file),
                pointer: pointer
            )
            return nil
        }
        checkKeys(
            entries,
            allowed: ["target", "description", "update", "remove"],
            in: "an action",
            file: file,
            pointer: pointer,
            bag: &bag
        )
        var valid = true

        var description: String?
        if let descriptionNode = node["description"] {
            if let text = descriptionNode.string {
                description = text
            } else if !descriptionNode.isNull {
                bag.warning(
                    "an action's 'description' must be a string, found \(descriptionNode.kindName)",
                    at: descriptionNode.mark.location(in: file),
                    pointer: pointer / "description"
                )
            }
        }

        var remove = false
        if let removeNode = node["remove"] {
            if let flag = removeNode.bool {
                remove = flag
            } else {
                bag.error(
                    "'remove' must be true or false, found \(removeNode.kindName)",
                    at: removeNode.mark.location(in: file),
                    pointer: pointer / "remove"
                )
                valid = false
            }
        }

        let update = node["update"]
        if update == nil && !remove && node["remove"]?.bool != nil {
            bag.error(
                "the action has remove: false and no 'update', so it does nothing",
                at: node.mark.location(in: file),
                pointer: pointer
            )
            valid = false
        } else if update == nil && node["remove"] == nil {
            bag.error(
                "the action has neither 'update' nor 'remove'",
                at: node.mark.location(in: file),
                pointer: pointer
            )
            valid = false
        } else if let update, remove {
            bag.warning(
                "'update' is ignored because 'remove' is true",
                at: update.mark.location(in: file),
                pointer: pointer / "update"
            )
        }

        guard let targetNode = node["target"] else {
            bag.error(
                "the action has no 'target' (a JSONPath selecting the nodes to edit)",
                at: node.mark.location(in: file),
                pointer: pointer
            )
            return nil
        }
        let location = targetNode.mark.location(in: file)
        guard let text = targetNode.scalar?.text, !targetNode.isNull else {
            bag.error(
                "'target' must be a JSONPath string, found \(targetNode.kindName)",
                at: location,
                pointer: pointer / "target"
            )
            return nil
        }
        let path: JSONPath
        do {
            path = try JSONPath(text)
        } catch {
            bag.error("invalid JSONPath '\(text)': \(error.description)", at: location, pointer: pointer / "target")
            return nil
        }
        guard valid else { return nil }
        return OverlayAction(
            target: path,
            targetText: text,
            update: remove ? nil : update,
            remove: remove,
            description: description,
            location: location,
            pointer: pointer
        )
    }

    /// Unknown fields are warnings (typos); `x-` extensions are allowed everywhere.
    private static func checkKeys(
        _ entries: [Entry],
        allowed: Set<String>,
        in context: String,
        file: String,
        pointer: JSONPointer,
        bag: inout DiagnosticBag
    ) {
        for entry in entries where !allowed.contains(entry.key) && !entry.key.hasPrefix("x-") {
            bag.warning(
                "unknown field '\(entry.key)' in \(context); ignored",
                at: entry.keyMark.location(in: file),
                pointer: pointer / entry.key
            )
        }
    }
}
