import CYaml
import Diagnostics

/// A loaded file: its root node and what the loader had to say about it.
package struct LoadedFile: Sendable {
    package var file: String
    package var root: Node?
    package var diagnostics: [Diagnostic]
}

/// Reads YAML or JSON through libyaml's event parser into `Node`s with line and column.
package enum YAMLLoader {
    /// `source` is stamped on every mark: the file's index among those one document is built from.
    package static func load(_ bytes: [UInt8], file: String, source: UInt16 = 0, limits: LoaderLimits = .standard)
        -> LoadedFile
    {
        var builder = TreeBuilder(file: file, source: source, limits: limits)
        let root = bytes.withUnsafeBufferPointer { buffer in builder.run(buffer) }
        return LoadedFile(file: file, root: root, diagnostics: builder.diagnostics.all)
    }

    package static func load(_ text: String, file: String, source: UInt16 = 0, limits: LoaderLimits = .standard)
        -> LoadedFile
    {
        load(Array(text.utf8), file: file, source: source, limits: limits)
    }
}

/// One open list or mapping while its events arrive.
struct Frame {
    var isMapping: Bool
    var mark: Mark
    var anchor: String?
    var items: [Node] = []
    var entries: [Entry] = []
    /// Filled only once a mapping is large: most mappings of a spec are small and scanning them is cheaper.
    var keyIndex: [String: Int] = [:]
    /// Keys copied in by a merge key (`<<`); a key written explicitly later replaces them.
    var mergedKeys: Set<String> = []
    var pendingKey: (key: String, mark: Mark)?
    /// Set after a key that cannot be used, so its value is dropped too.
    var skipNextValue = false
    var awaitingValue = false
    var size = 1
    /// Scalar bytes inside, aliases expanded.
    var bytes = 0
}

extension Frame {
    static let indexThreshold = 16

    func index(of key: String) -> Int? {
        entries.count < Self.indexThreshold ? entries.firstIndex { $0.key == key } : keyIndex[key]
    }

    mutating func append(_ entry: Entry) {
        entries.append(entry)
        if entries.count == Self.indexThreshold {
            for (position, existing) in entries.enumerated() { keyIndex[existing.key] = position }
        } else if entries.count > Self.indexThreshold {
            keyIndex[entry.key] = entries.count - 1
        }
    }
}

private struct TreeBuilder {
    let file: String
    let source: UInt16
    let limits: LoaderLimits
    var diagnostics = DiagnosticBag()
    var frames: [Frame] = []
    var anchors: [String: (node: Node, size: Int, bytes: Int)] = [:]
    var expanded = 0
    var expandedBytes = 0
    var root: Node?
    var rootSize = 0
    var failed = false

    init(file: String, source: UInt16, limits: LoaderLimits) {
        self.file = file
        self.source = source
        self.limits = limits
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Node? {
        let checked = InputCharacters.check(buffer, file: file)
        diagnostics.append(contentsOf: checked.diagnostics)
        if diagnostics.hasErrors { return nil }
        guard let replaced = checked.bytes else { return parse(buffer) }
        return replaced.withUnsafeBufferPointer { parse($0) }
    }

    private mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> Node? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            diagnostics.error(
                "could not initialise the YAML parser",
                at: SourceLocation(file: file, line: 1, column: 1)
            )
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        if let base = buffer.baseAddress, buffer.count > 0 {
            yaml_parser_set_input_string(&parser, base, buffer.count)
        } else {
            diagnostics.error(
                "the file is empty; expected an OpenAPI document",
                at: SourceLocation(file: file, line: 1, column: 1)
            )
            return nil
        }
        var documents = 0
        while !failed {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                reportParserError(parser)
                return nil
            }
            defer { yaml_event_delete(&event) }
            let mark = Mark(
                line: Int(event.start_mark.line) + 1,
                column: Int(event.start_mark.column) + 1,
                source: source
            )
            switch event.type {
            case YAML_STREAM_END_EVENT:
                if documents == 0 {
                    diagnostics.error(
                        "the file holds no YAML document; expected an OpenAPI document",
                        at: SourceLocation(file: file, line: 1, column: 1)
                    )
                }
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    diagnostics.warning(
                        "the file holds more than one YAML document; only the first is read",
                        at: mark.location(in: file)
                    )
                    return root
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = string(scalar.value, length: scalar.length)
                let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nil
                let node = Node(.scalar(Scalar(text, isPlain: isPlain)), mark: mark)
                registerAnchor(scalar.anchor, node: node, size: 1, bytes: scalar.length)
                add(node, size: 1, bytes: scalar.length)
            case YAML_SEQUENCE_START_EVENT:
                open(isMapping: false, mark: mark, anchor: cString(event.data.sequence_start.anchor))
            case YAML_MAPPING_START_EVENT:
                open(isMapping: true, mark: mark, anchor: cString(event.data.mapping_start.anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                close()
            case YAML_ALIAS_EVENT:
                alias(cString(event.data.alias.anchor) ?? "", mark: mark)
            default:
                break
            }
        }
        return nil
    }

    private func cString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private mutating func reportParserError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed input"
        let mark = parser.problem_mark
        var message = "not valid YAML or JSON: \(problem)"
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
        }
        diagnostics.error(
            message,
            at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        )
    }

    private mutating func open(isMapping: Bool, mark: Mark, anchor: String?) {
        if frames.count >= limits.maxDepth {
            diagnostics.error(
                "nesting deeper than \(limits.maxDepth) levels; the document cannot be read",
                at: mark.location(in: file)
            )
            failed = true
            return
        }
        frames.append(Frame(isMapping: isMapping, mark: mark, anchor: anchor))
    }

    private mutating func close() {
        guard let frame = frames.popLast() else { return }
        let node = Node(frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items), mark: frame.mark)
        if let anchor = frame.anchor { anchors[anchor] = (node, frame.size, frame.bytes) }
        add(node, size: frame.size, bytes: frame.bytes)
    }

    private mutating func registerAnchor(
        _ pointer: UnsafeMutablePointer<yaml_char_t>?,
        node: Node,
        size: Int,
        bytes: Int
    ) {
        if let anchor = cString(pointer) { anchors[anchor] = (node, size, bytes) }
    }

    private mutating func alias(_ name: String, mark: Mark) {
        guard let target = anchors[name] else {
            diagnostics.error("alias *\(name) refers to no anchor", at: mark.location(in: file))
            failed = true
            return
        }
        expanded += target.size
        if expanded > limits.maxAliasExpansion {
            diagnostics.error(
                "aliases expand to more than \(limits.maxAliasExpansion) nodes (an alias bomb?); loading stopped",
                at: mark.location(in: file)
            )
            failed = true
            return
        }
        expandedBytes += target.bytes
        if expandedBytes > limits.maxAliasBytes {
            diagnostics.error(
                "aliases expand to more than \(limits.maxAliasBytes >> 20) MB of text (an alias bomb?); loading stopped",
                at: mark.location(in: file)
            )
            failed = true
            return
        }
        var node = target.node
        node.mark = mark
        add(node, size: target.size, bytes: target.bytes, isAlias: true)
    }

    /// Attaches a finished node to the open container, or makes it the root.
    private mutating func add(_ node: Node, size: Int, bytes: Int, isAlias: Bool = false) {
        guard !frames.isEmpty else {
            root = node
            rootSize = size
            return
        }
        let top = frames.count - 1
        frames[top].size += size
        frames[top].bytes += bytes
        guard frames[top].isMapping else {
            frames[top].items.append(node)
            return
        }
        if frames[top].awaitingValue {
            frames[top].awaitingValue = false
            if frames[top].skipNextValue {
                frames[top].skipNextValue = false
                return
            }
            guard let pending = frames[top].pendingKey else { return }
            frames[top].pendingKey = nil
            if pending.key == "<<" {
                merge(node, into: top, at: pending.mark)
                return
            }
            insert(Entry(key: pending.key, keyMark: pending.mark, value: node), into: top)
            return
        }
        frames[top].awaitingValue = true
        guard let key = node.scalar?.text, node.items == nil else {
            diagnostics.warning(
                "a mapping key must be a scalar; this key and its value are skipped",
                at: node.mark.location(in: file)
            )
            frames[top].skipNextValue = true
            return
        }
        frames[top].pendingKey = (key, node.mark)
    }

    private mutating func insert(_ entry: Entry, into top: Int) {
        guard let existing = frames[top].index(of: entry.key) else {
            frames[top].append(entry)
            return
        }
        if !frames[top].mergedKeys.isEmpty, frames[top].mergedKeys.remove(entry.key) != nil {
            frames[top].entries[existing] = entry
            return
        }
        let first = frames[top].entries[existing].keyMark
        diagnostics.warning(
            "duplicate key '\(entry.key)' (first at line \(first.line)); the later value is ignored",
            at: entry.keyMark.location(in: file)
        )
    }

    /// YAML merge keys (`<<: *base`): keys already present win.
    private mutating func merge(_ node: Node, into top: Int, at mark: Mark) {
        let sources = node.items ?? [node]
        for source in sources {
            guard let entries = source.entries else {
                diagnostics.warning(
                    "a merge key (<<) needs a mapping or a list of mappings; ignored",
                    at: mark.location(in: file)
                )
                continue
            }
            for entry in entries where frames[top].index(of: entry.key) == nil {
                frames[top].mergedKeys.insert(entry.key)
                frames[top].append(entry)
            }
        }
    }
}
