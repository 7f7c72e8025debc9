/// Unified-style line diffs for `check`, in the familiar `diff -u` shape.
package enum LineDiff {
    /// A line and whether a newline ended it, so "a" and "a\n" differ.
    struct Line: Hashable {
        var text: Substring
        var hasNewline: Bool
    }

    /// The diff from `old` to `new`, or `""` when they are equal. The body (after
    /// the `---`/`+++` header) is cut after `maxLines` lines, noting how many were cut.
    package static func unified(
        old: String,
        new: String,
        oldName: String,
        newName: String,
        context: Int = 2,
        maxLines: Int
    ) -> String {
        if old == new { return "" }
        let oldLines = lines(of: old)
        let newLines = lines(of: new)
        let operations = MyersDiff.script(old: oldLines, new: newLines)
        var body: [String] = []
        for hunk in hunks(of: operations, context: max(context, 0)) {
            // Lines before the hunk = the indices of its first old and new line.
            let before = operations[..<hunk.lowerBound].reduce(into: (old: 0, new: 0)) { counts, operation in
                switch operation {
                case .equal:
                    counts.old += 1
                    counts.new += 1
                case .delete: counts.old += 1
                case .insert: counts.new += 1
                }
            }
            body.append(header(oldBefore: before.old, newBefore: before.new, operations: operations[hunk]))
            for operation in operations[hunk] {
                let (prefix, line): (String, Line) =
                    switch operation {
                    case .equal(let x, _): (" ", oldLines[x])
                    case .delete(let x): ("-", oldLines[x])
                    case .insert(let y): ("+", newLines[y])
                    }
                body.append(prefix + line.text)
                if !line.hasNewline { body.append("\\ No newline at end of file") }
            }
        }
        let limit = max(maxLines, 0)
        var output = "--- \(oldName)\n+++ \(newName)\n"
        for line in body.prefix(limit) { output += line + "\n" }
        if body.count > limit { output += "... \(body.count - limit) more diff line(s)\n" }
        return output
    }

    static func lines(of text: String) -> [Line] {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        // "a\nb\n" splits into ["a", "b", ""]: the empty tail only marks the final newline.
        let last = parts.removeLast()
        var result = parts.map { Line(text: $0, hasNewline: true) }
        if !last.isEmpty { result.append(Line(text: last, hasNewline: false)) }
        return result
    }

    /// Ranges of operations to print: each change with `context` equal lines around it,
    /// merging changes whose gap is at most `2 * context` lines.
    static func hunks(of operations: [EditOperation], context: Int) -> [Range<Int>] {
        let changes = operations.indices.filter {
            if case .equal = operations[$0] { return false }
            return true
        }
        var ranges: [Range<Int>] = []
        var index = 0
        while index < changes.count {
            let start = max(changes[index] - context, 0)
            var last = changes[index]
            while index + 1 < changes.count, changes[index + 1] - last - 1 <= 2 * context {
                index += 1
                last = changes[index]
            }
            ranges.append(start..<min(last + context + 1, operations.count))
            index += 1
        }
        return ranges
    }

    /// `@@ -start,count +start,count @@`, with `diff -u` conventions: a count of 1 is
    /// omitted, and an empty side is numbered by the line before it.
    private static func header(oldBefore: Int, newBefore: Int, operations: ArraySlice<EditOperation>) -> String {
        var oldCount = 0
        var newCount = 0
        for operation in operations {
            switch operation {
            case .equal:
                oldCount += 1
                newCount += 1
            case .delete: oldCount += 1
            case .insert: newCount += 1
            }
        }
        func side(_ before: Int, _ count: Int) -> String {
            let start = count == 0 ? before : before + 1
            return count == 1 ? "\(start)" : "\(start),\(count)"
        }
        return "@@ -\(side(oldBefore, oldCount)) +\(side(newBefore, newCount)) @@"
    }
}
