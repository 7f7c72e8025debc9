/// Checks rendered paths before anything is touched: a bad path must never
/// escape the output directory or silently clobber another rendered file.
enum PathValidation {
    /// Why `path` is unsafe on its own, or `nil` if it is fine.
    static func problem(with path: String) -> String? {
        // Byte-wise: String.contains(String) went through Foundation and cost more than writing the files.
        let bytes = Array(path.utf8)
        if bytes.isEmpty { return "path is empty" }
        if bytes.contains(0) { return "contains a NUL character" }
        // The manifest and the journal are line- and tab-separated: a control character would split an entry.
        if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return "contains a control character" }
        if bytes.contains(UInt8(ascii: "\\")) { return "contains a backslash; use '/' as separator" }
        if bytes.first == UInt8(ascii: "/") { return "is absolute; paths must be relative to the output directory" }
        for component in bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            if component.isEmpty { return "has an empty component" }
            if component.elementsEqual([UInt8(ascii: ".")])
                || component.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")])
            {
                return "contains a '\(String(decoding: component, as: UTF8.self))' component"
            }
        }
        return nil
    }

    /// Validates a whole batch: each path, then clashes between paths.
    /// Comparisons are case-insensitive because macOS file systems usually are.
    static func validate(_ paths: [String]) throws {
        var seen: [String: String] = [:]
        for path in paths {
            if let problem = problem(with: path) { throw FileOutputError.invalidPath(path, reason: problem) }
            let key = path.lowercased()
            if let reserved = reservation(of: path) { throw FileOutputError.invalidPath(path, reason: reserved) }
            if let other = seen[key] {
                let reason = other == path ? "appears more than once" : "differs only in case from '\(other)'"
                throw FileOutputError.invalidPath(path, reason: reason)
            }
            seen[key] = path
        }
        // "a" and "a/b" cannot both be files.
        for path in paths {
            for parent in parents(of: path.lowercased()) {
                if let other = seen[parent] {
                    throw FileOutputError.invalidPath(path, reason: "lies inside '\(other)', which is also a file")
                }
            }
        }
    }

    /// Names the writer keeps for itself at the top of the output folder.
    static func reservation(of path: String) -> String? {
        switch path.lowercased() {
        case OwnershipManifest.fileName.lowercased(): return "is reserved for the manifest"
        case Journal.fileName.lowercased(), Journal.stagingName.lowercased(): return "is reserved for the journal"
        default: return nil
        }
    }

    /// "a/b/c" -> ["a", "a/b"], for a path that passed `problem(with:)`.
    /// Byte-wise: the generic `split` + `joined` cost more than staging the file itself.
    static func parents(of path: String) -> [String] {
        let bytes = Array(path.utf8)
        var result: [String] = []
        for index in bytes.indices
        where index > 0 && bytes[index] == UInt8(ascii: "/") && bytes[index - 1] != UInt8(ascii: "/") {
            result.append(String(decoding: bytes[..<index], as: UTF8.self))
        }
        return result
    }
}
