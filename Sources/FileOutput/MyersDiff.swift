/// One step of a line edit script.
enum EditOperation: Equatable {
    case equal(old: Int, new: Int)
    case delete(old: Int)
    case insert(new: Int)
}

/// Myers' O((N+M)·D) shortest edit script, after trimming the common prefix and
/// suffix, so a 5,000-line file with one change costs almost nothing.
enum MyersDiff {
    /// Above this many edits the trace would need O(D²) memory; a plain
    /// "replace the middle" script is still correct, just not minimal.
    static let maxEditDistance = 2_000

    static func script<T: Hashable>(old: [T], new: [T]) -> [EditOperation] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        { suffix += 1 }

        var operations = (0..<prefix).map { EditOperation.equal(old: $0, new: $0) }
        // Lines become integers so the inner loop compares ints, not strings.
        var ids: [T: Int] = [:]
        func id(_ line: T) -> Int {
            if let id = ids[line] { return id }
            ids[line] = ids.count
            return ids.count - 1
        }
        let a = old[prefix..<(old.count - suffix)].map(id)
        let b = new[prefix..<(new.count - suffix)].map(id)
        let middle = middleScript(a, b) ?? (a.indices.map { .delete(old: $0) } + b.indices.map { .insert(new: $0) })
        operations += middle.map { operation in
            switch operation {
            case .equal(let x, let y): return .equal(old: x + prefix, new: y + prefix)
            case .delete(let x): return .delete(old: x + prefix)
            case .insert(let y): return .insert(new: y + prefix)
            }
        }
        operations += (0..<suffix).map { .equal(old: old.count - suffix + $0, new: new.count - suffix + $0) }
        return operations
    }

    /// `nil` when the edit distance exceeds `maxEditDistance`.
    private static func middleScript(_ a: [Int], _ b: [Int]) -> [EditOperation]? {
        let n = a.count
        let m = b.count
        if n == 0 || m == 0 {
            return a.indices.map { .delete(old: $0) } + b.indices.map { .insert(new: $0) }
        }
        let limit = min(n + m, maxEditDistance)
        let offset = limit + 1
        // v[k + offset] = furthest x on diagonal k; trace[d] keeps v for k in -d...d before step d.
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var finalD: Int?
        search: for d in 0...limit {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x =
                    (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                    ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n && y >= m {
                    finalD = d
                    break search
                }
            }
        }
        guard let finalD else { return nil }

        var operations: [EditOperation] = []
        var x = n
        var y = m
        for d in stride(from: finalD, through: 0, by: -1) {
            let snapshot = trace[d]
            func value(_ k: Int) -> Int { snapshot[k + d] }
            let k = x - y
            let previousK: Int
            if d == 0 {
                previousK = 0
            } else {
                previousK = (k == -d || (k != d && value(k - 1) < value(k + 1))) ? k + 1 : k - 1
            }
            let previousX = d == 0 ? 0 : value(previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                x -= 1
                y -= 1
                operations.append(.equal(old: x, new: y))
            }
            if d > 0 {
                if x == previousX {
                    operations.append(.insert(new: previousY))
                } else {
                    operations.append(.delete(old: previousX))
                }
                x = previousX
                y = previousY
            }
        }
        return operations.reversed()
    }
}
