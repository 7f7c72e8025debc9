/// `.generated-files`: the list of paths the generator owns. Anything not listed
/// is the user's and is never modified or removed.
enum OwnershipManifest {
    static let fileName = ".generated-files"

    /// Sorted, one per line, trailing newline: identical input gives identical bytes.
    static func render(_ paths: [String]) -> [UInt8] {
        Array(paths.sorted().map { $0 + "\n" }.joined().utf8)
    }

    /// Entries are validated like rendered paths: a tampered manifest must not
    /// make the writer delete files outside the output directory.
    static func parse(_ data: [UInt8]) throws -> Set<String> {
        var entries = Set<String>()
        // Byte-wise: splitting the decoded String by Character cost more than reading every generated file.
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let entry = String(decoding: line, as: UTF8.self)
            if let problem = PathValidation.problem(with: entry) ?? PathValidation.reservation(of: entry) {
                throw FileOutputError.corruptManifest(entry: entry, reason: problem)
            }
            entries.insert(entry)
        }
        return entries
    }
}
