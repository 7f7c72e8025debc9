import Diagnostics
import Foundation
import YAMLLoader

/// Warnings a project accepts, each with its reason, read from a checked-in `*.known-defects.yaml` beside
/// the spec. A run prints one summary line for the warnings they match instead of each one, and every
/// entry that matches nothing is itself a warning, so the list cannot outlive the defects it names.
///
/// ```yaml
/// defects:
///   - pointer: "#/paths/~1users~1{id_user}~1logs/get/parameters/6"   # a prefix, token by token
///     message: collides with another parameter                       # a substring
///     reason: Why this warning is accepted rather than repaired.
/// ```
public struct KnownDefects: Sendable {
    public struct Entry: Sendable {
        /// Matches a warning whose pointer starts with these tokens.
        public var pointer: JSONPointer?
        /// Matches a warning whose message contains this text.
        public var message: String?
        public var reason: String
        /// Where the entry is written, for the stale-entry warning.
        public var location: SourceLocation
        public var entryPointer: JSONPointer

        /// Errors are never accepted, and notes are not warnings: only warnings match.
        public func matches(_ diagnostic: Diagnostic) -> Bool {
            guard diagnostic.severity == .warning else { return false }
            if let message, !diagnostic.message.contains(message) { return false }
            if let pointer {
                guard let tokens = diagnostic.pointer?.tokens, tokens.starts(with: pointer.tokens) else { return false }
            }
            return true
        }
    }

    public var file: String
    public var entries: [Entry]

    public init(file: String, entries: [Entry]) {
        self.file = file
        self.entries = entries
    }

    /// Reads a known-defects file; nil (with located errors) when it is unreadable or malformed, since
    /// half a list would hide or report the wrong warnings.
    public static func load(path: String) -> (defects: KnownDefects?, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            return (nil, [Diagnostic(.error, "file \(reason)", at: SourceLocation(file: path, line: 1, column: 1))])
        }
        return parse([UInt8](data), file: path)
    }

    public static func parse(_ bytes: [UInt8], file: String) -> (defects: KnownDefects?, diagnostics: [Diagnostic]) {
        // An empty file, or one holding only comments, accepts nothing (the loader wants a document).
        if holdsOnlyComments(bytes) { return (KnownDefects(file: file, entries: []), []) }
        let loaded = YAMLLoader.load(bytes, file: file)
        var bag = DiagnosticBag()
        bag.append(contentsOf: loaded.diagnostics)
        guard !bag.hasErrors else { return (nil, bag.all) }
        guard let root = loaded.root, !root.isNull else { return (KnownDefects(file: file, entries: []), bag.all) }
        guard let rootEntries = root.entries else {
            bag.error(
                "a known-defects file must be a mapping with 'defects', found \(root.kindName)",
                at: root.mark.location(in: file),
                pointer: JSONPointer()
            )
            return (nil, bag.all)
        }
        for entry in rootEntries where entry.key != "defects" {
            bag.error(
                "unknown key '\(entry.key)' (expected 'defects')",
                at: entry.keyMark.location(in: file),
                pointer: JSONPointer([entry.key])
            )
        }
        var entries: [Entry] = []
        if let list = root["defects"], !list.isNull {
            if let items = list.items {
                for (index, item) in items.enumerated() {
                    if let entry = parseEntry(item, pointer: JSONPointer(["defects"]) / index, file: file, bag: &bag) {
                        entries.append(entry)
                    }
                }
            } else {
                bag.error(
                    "'defects' must be a list, found \(list.kindName)",
                    at: list.mark.location(in: file),
                    pointer: JSONPointer(["defects"])
                )
            }
        }
        return (bag.hasErrors ? nil : KnownDefects(file: file, entries: entries), bag.all)
    }

    private static func holdsOnlyComments(_ bytes: [UInt8]) -> Bool {
        bytes.split(separator: UInt8(ascii: "\n")).allSatisfy { line in
            let text = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
            return text.isEmpty || text.first == UInt8(ascii: "#")
        }
    }

    private static func parseEntry(_ node: Node, pointer: JSONPointer, file: String, bag: inout DiagnosticBag) -> Entry?
    {
        let location = node.mark.location(in: file)
        guard let fields = node.entries else {
            bag.error(
                "a known defect must be a mapping with 'reason' and 'pointer' and/or 'message', found \(node.kindName)",
                at: location,
                pointer: pointer
            )
            return nil
        }
        var valid = true
        for field in fields where !["pointer", "message", "reason"].contains(field.key) {
            bag.error(
                "unknown key '\(field.key)' (expected pointer, message, reason)",
                at: field.keyMark.location(in: file),
                pointer: pointer / field.key
            )
            valid = false
        }
        var jsonPointer: JSONPointer?
        if let pointerNode = node["pointer"] {
            // `#/...` as printed in warnings; `#` alone would accept every warning, so it is refused.
            if let text = pointerNode.string, text != "#", text != "", let parsed = JSONPointer(fragment: text),
                !parsed.tokens.isEmpty
            {
                jsonPointer = parsed
            } else {
                bag.error(
                    "'pointer' must be a JSON pointer below the root, as printed in warnings (#/paths/...)",
                    at: pointerNode.mark.location(in: file),
                    pointer: pointer / "pointer"
                )
                valid = false
            }
        }
        var message: String?
        if let messageNode = node["message"] {
            if let text = messageNode.string, !text.isEmpty {
                message = text
            } else {
                bag.error(
                    "'message' must be non-empty text found in the warning",
                    at: messageNode.mark.location(in: file),
                    pointer: pointer / "message"
                )
                valid = false
            }
        }
        if node["pointer"] == nil && node["message"] == nil {
            bag.error(
                "a known defect needs 'pointer' and/or 'message' to say which warning it accepts",
                at: location,
                pointer: pointer
            )
            valid = false
        }
        let reason = node["reason"]?.string?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if reason.isEmpty {
            bag.error(
                "a known defect needs a 'reason': why the warning is accepted rather than repaired",
                at: location,
                pointer: pointer
            )
            valid = false
        }
        guard valid else { return nil }
        return Entry(pointer: jsonPointer, message: message, reason: reason, location: location, entryPointer: pointer)
    }
}

/// How many warnings one known-defects file accepted, for the run's summary line.
public struct AcceptedDefects: Sendable, Hashable {
    public var file: String
    public var count: Int

    public init(file: String, count: Int) {
        self.file = file
        self.count = count
    }

    /// `4 known spec defects accepted (spec/budgea.known-defects.yaml)`.
    public var summary: String {
        "\(count) known spec defect\(count == 1 ? "" : "s") accepted (\(file))"
    }
}

extension KnownDefects {
    /// Drops the warnings the entries match and adds a located warning for each entry that matched
    /// none. With errors present the run stops before every stage has reported, so entries are not
    /// judged stale then.
    public static func apply(_ lists: [KnownDefects], to diagnostics: [Diagnostic]) -> (
        diagnostics: [Diagnostic], accepted: [AcceptedDefects]
    ) {
        var used = lists.map { Array(repeating: false, count: $0.entries.count) }
        var counts = Array(repeating: 0, count: lists.count)
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            var accepted = false
            for (listIndex, list) in lists.enumerated() {
                for (entryIndex, entry) in list.entries.enumerated() where entry.matches(diagnostic) {
                    used[listIndex][entryIndex] = true
                    // A warning counts once, for the first file that accepts it.
                    if !accepted { counts[listIndex] += 1 }
                    accepted = true
                }
            }
            if !accepted { kept.append(diagnostic) }
        }
        if !diagnostics.contains(where: { $0.severity == .error }) {
            for (listIndex, list) in lists.enumerated() {
                for (entryIndex, entry) in list.entries.enumerated() where !used[listIndex][entryIndex] {
                    kept.append(
                        Diagnostic(
                            .warning,
                            "known defect matches no warning (stale entry: the defect is gone or its matcher is wrong); remove or update it",
                            at: entry.location,
                            pointer: entry.entryPointer
                        )
                    )
                }
            }
        }
        let accepted = lists.enumerated().map { AcceptedDefects(file: $1.file, count: counts[$0]) }
        return (kept, accepted)
    }
}
