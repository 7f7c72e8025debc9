import IR

/// `generate list`: one line per operation, sorted by qualified name.
public enum OperationList {
    /// One line per operation, `name<TAB>METHOD<TAB>path<TAB>summary`, sorted by name (`generate list`).
    public static func render(_ api: API) -> String {
        api.operations
            .map { "\($0.qualifiedName)\t\($0.method.rawValue)\t\($0.path)\t\(oneField($0.summary ?? ""))" }
            .sorted()
            .map { $0 + "\n" }
            .joined()
    }

    /// Tabs and line breaks become spaces, so a summary stays one TSV field on one line.
    /// Byte-wise: `String.replacing` cost as much as building the IR's operations.
    static func oneField(_ text: String) -> String {
        let separators: [UInt8] = [UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")]
        guard text.utf8.contains(where: separators.contains) else { return text }
        return String(decoding: text.utf8.map { separators.contains($0) ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }
}
