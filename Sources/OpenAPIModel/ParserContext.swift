import Diagnostics
import YAMLLoader

/// Shared state of one parse: the file names and the diagnostics found so far.
struct ParserContext {
    /// The spec, then the overlays applied to it, indexed by `Mark.source`.
    let files: [String]
    var diagnostics = DiagnosticBag()
    /// Every local `$ref` read so far, for `resolveReferences`.
    var pending: [PendingReference] = []
    /// The components parsed in place, by pointer, and the marks of their nodes.
    var references = ReferenceTable()
    var componentMarks: [PendingReference: Mark] = [:]

    init(files: [String]) {
        self.files = files
    }

    func origin(_ pointer: JSONPointer, _ node: Node) -> Origin {
        Origin(pointer: pointer, location: node.mark.location(in: files))
    }

    func location(_ mark: Mark) -> SourceLocation { mark.location(in: files) }

    mutating func warn(_ message: String, _ node: Node, _ pointer: JSONPointer) {
        diagnostics.warning(message, at: location(node.mark), pointer: pointer)
    }

    mutating func warn(_ message: String, at mark: Mark, _ pointer: JSONPointer) {
        diagnostics.warning(message, at: location(mark), pointer: pointer)
    }

    mutating func error(_ message: String, _ node: Node, _ pointer: JSONPointer) {
        diagnostics.error(message, at: location(node.mark), pointer: pointer)
    }

    /// The entries of a mapping, or a warning and nothing when the node is something else.
    mutating func mapping(_ node: Node, _ pointer: JSONPointer, what: String) -> [Entry]? {
        if let entries = node.entries { return entries }
        if !node.isNull { warn("\(what) should be a mapping but is \(node.kindName); ignored", node, pointer) }
        return nil
    }

    mutating func list(_ node: Node, _ pointer: JSONPointer, what: String) -> [Node]? {
        if let items = node.items { return items }
        if !node.isNull { warn("\(what) should be a list but is \(node.kindName); ignored", node, pointer) }
        return nil
    }

    mutating func string(_ node: Node?, _ pointer: JSONPointer, what: String) -> String? {
        guard let node else { return nil }
        if let text = node.string, node.scalar != nil { return text }
        if !node.isNull { warn("\(what) should be a string but is \(node.kindName); ignored", node, pointer) }
        return nil
    }

    mutating func bool(_ node: Node?, _ pointer: JSONPointer, what: String) -> Bool? {
        guard let node else { return nil }
        if let value = node.bool { return value }
        if node.string == "true" { return true }
        if node.string == "false" { return false }
        if !node.isNull { warn("\(what) should be true or false; ignored", node, pointer) }
        return nil
    }

    /// Parses `$ref`; local refs become pointers (their targets parsed later, as `kind`), anything else is reported.
    mutating func reference(_ node: Node, _ pointer: JSONPointer, kind: ReferenceKind) -> Reference? {
        guard let refNode = node["$ref"] else { return nil }
        let refPointer = pointer / "$ref"
        guard let raw = refNode.string else {
            warn("$ref should be a string; ignored", refNode, refPointer)
            return nil
        }
        var target: JSONPointer?
        if raw.hasPrefix("#") {
            target = JSONPointer(fragment: raw)
            if let target {
                pending.append(PendingReference(kind: kind, target: target))
            } else {
                warn("$ref '\(raw)' is not a valid JSON pointer", refNode, refPointer)
            }
        } else {
            warn(
                "$ref '\(raw)' points into another file; external references are not supported yet",
                refNode,
                refPointer
            )
        }
        return Reference(raw: raw, target: target, origin: origin(pointer, refNode))
    }
}
