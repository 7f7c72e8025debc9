import Foundation
import Testing

@testable import FileOutput

/// `LocalFileSystem` writes a batch on every core; results must still line up with the entries.
@Suite struct BatchWriteTests {
    @Test func resultsFollowEntryOrderAndFailedEntriesLeaveNoFile() throws {
        try withTemporaryDirectory { root in
            let entries = (0..<64).map { index in
                // Every seventh entry points into a directory that does not exist.
                let directory = index % 7 == 3 ? "missing/" : ""
                return NewFile(
                    data: Data("file \(index)\n".utf8),
                    url: root.appending(path: "\(directory)f\(index).txt")
                )
            }
            let results = LocalFileSystem().writeNew(entries)

            #expect(results.count == entries.count)
            for (index, result) in results.enumerated() {
                if index % 7 == 3 {
                    #expect((result as? POSIXFailure)?.code == ENOENT, "entry \(index)")
                } else {
                    #expect(result == nil, "entry \(index)")
                    let written = try Data(contentsOf: root.appending(path: "f\(index).txt"))
                    #expect(written == Data("file \(index)\n".utf8))
                }
            }
            #expect(snapshot(root).count == 64 - 9)
        }
    }
}
