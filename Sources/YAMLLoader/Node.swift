import Diagnostics

/// A line and column (1-based) in one of the files a tree was built from. File names live with the
/// document; `source` says which one, so nodes an overlay inserted point into the overlay, not the spec.
public struct Mark: Hashable, Sendable {
    public var line: Int32
    public var column: Int32
    /// Index into the document's files: 0 is the file loaded first (the spec), 1... the overlays in order.
    public var source: UInt16

    public init(line: Int, column: Int, source: UInt16 = 0) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
        self.source = source
    }

    /// For a tree read from one file.
    package func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: Int(line), column: Int(column))
    }

    /// For a tree that overlays may have added to: `files[source]`.
    package func location(in files: [String]) -> SourceLocation {
        location(in: files.indices.contains(Int(source)) ? files[Int(source)] : files.first ?? "")
    }
}

/// A scalar as written: its text and whether it was quoted (quoted scalars are always strings).
public struct Scalar: Hashable, Sendable {
    public var text: String
    public var isPlain: Bool

    public init(_ text: String, isPlain: Bool) {
        self.text = text
        self.isPlain = isPlain
    }
}

/// One key of a mapping with the position of the key itself.
public struct Entry: Sendable {
    public var key: String
    public var keyMark: Mark
    public var value: Node

    public init(key: String, keyMark: Mark, value: Node) {
        self.key = key
        self.keyMark = keyMark
        self.value = value
    }
}

/// A YAML/JSON node that remembers where it was written.
public struct Node: Sendable {
    public enum Kind: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Entry])
    }

    public var kind: Kind
    public var mark: Mark

    public init(_ kind: Kind, mark: Mark) {
        self.kind = kind
        self.mark = mark
    }

    public var scalar: Scalar? {
        if case .scalar(let value) = kind { return value }
        return nil
    }

    public var entries: [Entry]? {
        if case .mapping(let value) = kind { return value }
        return nil
    }

    public var items: [Node]? {
        if case .sequence(let value) = kind { return value }
        return nil
    }

    /// The first value stored under `key`, when this node is a mapping.
    package subscript(key: String) -> Node? {
        guard case .mapping(let entries) = kind else { return nil }
        return entries.first { $0.key == key }?.value
    }

    public var kindName: String {
        switch kind {
        case .scalar: return isNull ? "null" : "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

// YAML 1.2 core-schema reading of plain scalars; quoted scalars are strings.
extension Node {
    package var isNull: Bool {
        guard let scalar, scalar.isPlain else { return false }
        switch scalar.text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// Text of any non-null scalar, so `description: 123` still reads as "123".
    package var string: String? {
        guard let scalar, !isNull else { return nil }
        return scalar.text
    }

    package var bool: Bool? {
        guard let scalar, scalar.isPlain else { return nil }
        switch scalar.text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    package var int: Int? {
        guard let scalar, scalar.isPlain else { return nil }
        return Scalar.integer(scalar.text)
    }

    package var double: Double? {
        guard let scalar, scalar.isPlain else { return nil }
        return Scalar.floatingPoint(scalar.text)
    }

    /// The JSON shape of a plain scalar, used when an example or default is re-emitted.
    package enum ScalarType: Sendable { case null, bool, integer, number, string }

    package var scalarType: ScalarType? {
        guard scalar != nil else { return nil }
        if isNull { return .null }
        if bool != nil { return .bool }
        if let scalar, scalar.isPlain, Int(scalar.text) != nil { return .integer }
        if double != nil { return .number }
        return .string
    }
}

// The core-schema number readings, shared with values copied out of the tree (OpenAPIModel's JSONValue).
extension Scalar {
    /// An integer, or an integral float that fits exactly (`12`, `0x1F`, `0o17`, `12.0`).
    package static func integer(_ text: String) -> Int? {
        if let value = Int(text) { return value }
        if text.hasPrefix("0x"), let value = Int(text.dropFirst(2), radix: 16) { return value }
        if text.hasPrefix("0o"), let value = Int(text.dropFirst(2), radix: 8) { return value }
        if let value = Double(text), value.rounded() == value, abs(value) < 9.0e15 { return Int(value) }
        return nil
    }

    /// A float, `.inf` and `.nan` included.
    package static func floatingPoint(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default:
            guard let first = text.first, first.isNumber || first == "-" || first == "+" || first == "." else {
                return nil
            }
            return Double(text)
        }
    }
}
