import Foundation
import Testing

@testable import Naming

/// Every operation of the real spec must keep the name recorded in Tests/Fixtures/seed-operations.tsv.
@Suite struct SeedOperationsTests {
    struct Row {
        let tag: String
        let operation: String
        let method: String
        let path: String
    }

    /// `Tests/Fixtures/seed-operations.tsv`, found from this file (Tests/NamingTests/) so tests run from any directory.
    static func seedURL() -> URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // NamingTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Fixtures/seed-operations.tsv")
    }

    static func rows() throws -> [Row] {
        let text = try String(contentsOf: seedURL(), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let name = fields[0]
            let dot = name.firstIndex(of: ".") ?? name.startIndex
            return Row(
                tag: String(name[..<dot]),
                operation: String(name[name.index(after: dot)...]),
                method: fields[1],
                path: fields[2]
            )
        }
    }

    @Test func allSeedOperationNamesMatch() throws {
        let rows = try Self.rows()
        #expect(rows.count == 167)
        for row in rows {
            #expect(
                Naming.operationName(method: row.method, path: row.path).name == row.operation,
                "\(row.method) \(row.path)"
            )
        }
    }

    @Test func seedTagPrefixesComeFromTheSpecTags() throws {
        let tags = ["Administration", "Authentication", "Banks", "Connections", "PFM", "Timeline", "Users management"]
        let expected = [
            "administration", "authentication", "banks", "connections", "pfm", "timeline", "usersManagement",
        ]
        #expect(tags.map { Naming.tagProperty($0).name } == expected)
        // Every prefix used in the seed is one of those properties.
        let prefixes = Set(try Self.rows().map(\.tag))
        #expect(prefixes.isSubset(of: Set(expected)), "\(prefixes.subtracting(expected))")
    }
}
