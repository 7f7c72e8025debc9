import Diagnostics
import YAMLLoader

/// One step from a node to a child: a mapping key or a list index.
package enum PathComponent: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    package var description: String {
        switch self {
        case .key(let key): return key
        case .index(let index): return String(index)
        }
    }
}

extension Array where Element == PathComponent {
    /// The RFC 6901 pointer naming the same node (`#/paths/~1users/get`).
    package var jsonPointer: JSONPointer { JSONPointer(map(\.description)) }
}

/// Why a JSONPath expression could not be parsed; `position` is the 1-based character index.
package struct JSONPathError: Error, Sendable, Hashable, CustomStringConvertible {
    package var reason: String
    package var position: Int

    package init(_ reason: String, position: Int) {
        self.reason = reason
        self.position = position
    }

    package var description: String { "\(reason) at character \(position)" }
}

/// An RFC 9535 JSONPath query (the subset overlays use; see `JSONPathParser` for the grammar).
package struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    package let text: String
    let segments: [PathSegment]

    package init(_ text: String) throws(JSONPathError) {
        var parser = JSONPathParser(text)
        self.segments = try parser.parseQuery()
        self.text = text
    }

    package var description: String { text }

    /// Paths of every matched node, without duplicates, in document order.
    package func select(in root: Node) -> [[PathComponent]] {
        let start = Located(node: root, path: [], order: [])
        let found = Evaluator(root: root).evaluate(segments, from: [start])
        var seen = Set<[PathComponent]>()
        return
            found
            .filter { seen.insert($0.path).inserted }
            .sorted { $0.order.lexicographicallyPrecedes($1.order) }
            .map(\.path)
    }

    /// The longest leading part of the query that still selects something, with how many steps it has,
    /// or nil when the whole query matches. `$` alone always matches, so the prefix has at least one step.
    func longestMatchingPrefix(in root: Node) -> (text: String, steps: Int)? {
        let evaluator = Evaluator(root: root)
        var current = [Located(node: root, path: [], order: [])]
        var lastEnd = 1
        for (index, segment) in segments.enumerated() {
            current = evaluator.evaluate([segment], from: current)
            if current.isEmpty { return (String(Array(text).prefix(lastEnd)), index) }
            lastEnd = segment.end
        }
        return nil
    }

    /// The node at `path`, if there is one.
    package static func node(at path: [PathComponent], in root: Node) -> Node? {
        var current = root
        for component in path {
            switch (component, current.kind) {
            case (.key(let key), .mapping(let entries)):
                guard let entry = entries.first(where: { $0.key == key }) else { return nil }
                current = entry.value
            case (.index(let index), .sequence(let items)):
                guard items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}

// MARK: - Syntax tree

struct PathSegment: Sendable, Hashable {
    var isDescendant: Bool
    var selectors: [Selector]
    /// Character offset just past this segment in the query text, to quote prefixes in diagnostics.
    var end: Int = 0
}

enum Selector: Sendable, Hashable {
    case name(String)
    case wildcard
    case index(Int)
    case slice(start: Int?, end: Int?, step: Int?)
    case filter(FilterExpression)
}

struct FilterQuery: Sendable, Hashable {
    /// `@` (the candidate node) or `$` (the document root).
    var isRelative: Bool
    var segments: [PathSegment]

    /// Only names and indices, no descendants: selects at most one node (RFC 9535 §2.3.5.1).
    var isSingular: Bool {
        segments.allSatisfy { segment in
            guard !segment.isDescendant, segment.selectors.count == 1, let selector = segment.selectors.first else {
                return false
            }
            switch selector {
            case .name, .index: return true
            default: return false
            }
        }
    }
}

enum Literal: Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
}

enum Operand: Sendable, Hashable {
    case literal(Literal)
    case query(FilterQuery)
}

enum ComparisonOperator: String, Sendable, Hashable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

indirect enum FilterExpression: Sendable, Hashable {
    case or(FilterExpression, FilterExpression)
    case and(FilterExpression, FilterExpression)
    case not(FilterExpression)
    case exists(FilterQuery)
    case compare(Operand, ComparisonOperator, Operand)
}

// MARK: - Evaluation

/// A selected node with its path and, for ordering, the position of each step among its siblings.
struct Located {
    var node: Node
    var path: [PathComponent]
    var order: [Int]
}

/// A comparable value per RFC 9535 §2.3.5.2: `nothing` is an empty singular query.
private enum Value {
    case nothing, null
    case bool(Bool)
    case number(Double)
    case string(String)
    case container(Node)

    init(_ node: Node) {
        guard node.scalar != nil else {
            self = .container(node)
            return
        }
        switch node.scalarType {
        case .null: self = .null
        case .bool: self = node.bool.map { .bool($0) } ?? .null
        case .integer, .number: self = node.double.map { .number($0) } ?? .string(node.scalar?.text ?? "")
        case .string, nil: self = .string(node.scalar?.text ?? "")
        }
    }

    init(_ literal: Literal) {
        switch literal {
        case .string(let text): self = .string(text)
        case .number(let number): self = .number(number)
        case .bool(let flag): self = .bool(flag)
        case .null: self = .null
        }
    }

    static func equal(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.nothing, .nothing), (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.container(let a), .container(let b)): return deepEqual(a, b)
        default: return false
        }
    }

    static func less(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a < b
        case (.string(let a), .string(let b)): return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        default: return false
        }
    }

    static func deepEqual(_ lhs: Node, _ rhs: Node) -> Bool {
        switch (lhs.kind, rhs.kind) {
        case (.scalar, .scalar):
            return equal(Value(lhs), Value(rhs))
        case (.sequence(let a), .sequence(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { deepEqual($0, $1) }
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count
                && a.allSatisfy { entry in
                    b.first { $0.key == entry.key }.map { deepEqual(entry.value, $0.value) } ?? false
                }
        default:
            return false
        }
    }
}

struct Evaluator {
    let root: Node

    func evaluate(_ segments: [PathSegment], from start: [Located]) -> [Located] {
        var current = start
        for segment in segments {
            var next: [Located] = []
            for item in current {
                let targets = segment.isDescendant ? descendantsAndSelf(item) : [item]
                for target in targets {
                    for selector in segment.selectors {
                        next.append(contentsOf: apply(selector, to: target))
                    }
                }
            }
            current = next
        }
        return current
    }

    private func children(_ item: Located) -> [Located] {
        switch item.node.kind {
        case .scalar:
            return []
        case .sequence(let items):
            return items.enumerated().map {
                Located(node: $0.element, path: item.path + [.index($0.offset)], order: item.order + [$0.offset])
            }
        case .mapping(let entries):
            return entries.enumerated().map {
                Located(
                    node: $0.element.value,
                    path: item.path + [.key($0.element.key)],
                    order: item.order + [$0.offset]
                )
            }
        }
    }

    /// Pre-order: the node, then each child's subtree in document order.
    private func descendantsAndSelf(_ item: Located) -> [Located] {
        var result = [item]
        for child in children(item) { result.append(contentsOf: descendantsAndSelf(child)) }
        return result
    }

    private func apply(_ selector: Selector, to item: Located) -> [Located] {
        switch selector {
        case .name(let name):
            guard let entries = item.node.entries, let offset = entries.firstIndex(where: { $0.key == name }) else {
                return []
            }
            return [Located(node: entries[offset].value, path: item.path + [.key(name)], order: item.order + [offset])]
        case .wildcard:
            return children(item)
        case .index(let index):
            guard let items = item.node.items else { return [] }
            let normalized = index < 0 ? items.count + index : index
            guard items.indices.contains(normalized) else { return [] }
            return [
                Located(
                    node: items[normalized],
                    path: item.path + [.index(normalized)],
                    order: item.order + [normalized]
                )
            ]
        case .slice(let start, let end, let step):
            guard let items = item.node.items else { return [] }
            return sliceIndices(count: items.count, start: start, end: end, step: step ?? 1).map {
                Located(node: items[$0], path: item.path + [.index($0)], order: item.order + [$0])
            }
        case .filter(let expression):
            return children(item).filter { test(expression, candidate: $0) }
        }
    }

    /// RFC 9535 §2.3.4.2.2.
    private func sliceIndices(count: Int, start: Int?, end: Int?, step: Int) -> [Int] {
        guard step != 0 else { return [] }
        func normalize(_ value: Int) -> Int { value >= 0 ? value : count + value }
        if step > 0 {
            let lower = min(max(normalize(start ?? 0), 0), count)
            let upper = min(max(normalize(end ?? count), 0), count)
            return lower < upper ? Array(stride(from: lower, to: upper, by: step)) : []
        }
        let upper = min(max(normalize(start ?? count - 1), -1), count - 1)
        let lower = min(max(end.map(normalize) ?? -1, -1), count - 1)
        return lower < upper ? Array(stride(from: upper, to: lower, by: step)) : []
    }

    private func run(_ query: FilterQuery, candidate: Located) -> [Located] {
        let start = query.isRelative ? candidate : Located(node: root, path: [], order: [])
        return evaluate(query.segments, from: [start])
    }

    private func value(_ operand: Operand, candidate: Located) -> Value {
        switch operand {
        case .literal(let literal):
            return Value(literal)
        case .query(let query):
            return run(query, candidate: candidate).first.map { Value($0.node) } ?? .nothing
        }
    }

    private func test(_ expression: FilterExpression, candidate: Located) -> Bool {
        switch expression {
        case .or(let lhs, let rhs):
            return test(lhs, candidate: candidate) || test(rhs, candidate: candidate)
        case .and(let lhs, let rhs):
            return test(lhs, candidate: candidate) && test(rhs, candidate: candidate)
        case .not(let inner):
            return !test(inner, candidate: candidate)
        case .exists(let query):
            return !run(query, candidate: candidate).isEmpty
        case .compare(let lhsOperand, let op, let rhsOperand):
            let lhs = value(lhsOperand, candidate: candidate)
            let rhs = value(rhsOperand, candidate: candidate)
            switch op {
            case .equal: return Value.equal(lhs, rhs)
            case .notEqual: return !Value.equal(lhs, rhs)
            case .less: return Value.less(lhs, rhs)
            case .lessOrEqual: return Value.less(lhs, rhs) || Value.equal(lhs, rhs)
            case .greater: return Value.less(rhs, lhs)
            case .greaterOrEqual: return Value.less(rhs, lhs) || Value.equal(lhs, rhs)
            }
        }
    }
}
