import Foundation
import Testing

@testable import FileOutput

/// Every failure before or during the commit must leave the directory byte-identical.
@Suite struct RollbackTests {
    let next = files([
        "a.swift": "A2\n", "b.swift": "B2\n", "c.swift": "C\n",
        "New/d.swift": "D\n", "New/e.swift": "E\n",
    ])

    /// Generated a, b, c and Old/gone.swift, plus a user file. `next` then changes a and b,
    /// keeps c, adds New/d and New/e, and removes Old/gone: 5 writes (manifest last), 5 renames.
    func prepare(_ root: URL) throws {
        try OutputWriter(directory: root).write(
            files([
                "a.swift": "A\n", "b.swift": "B\n", "c.swift": "C\n", "Old/gone.swift": "G\n",
            ])
        )
        try put("user\n", at: "notes.txt", in: root)
    }

    @Test func diskFullOnThirdWriteLeavesDirectoryIdentical() throws {
        try withTemporaryDirectory { root in
            try prepare(root)
            let before = snapshot(root)
            let fileSystem = FaultyFileSystem(failWrite: 3)

            let error = outputError { try OutputWriter(directory: root, fileSystem: fileSystem).write(next) }
            // Writes go in path order (New/d, New/e, a, b, manifest), so the third is a.swift.
            #expect(error == .writeFailed("a.swift", reason: "write: No space left on device"))
            #expect(error?.description == "cannot write 'a.swift': write: No space left on device; nothing was changed")
            // Files are staged as one batch, so the other four are written too, then discarded with it.
            #expect(fileSystem.writes == 5 && fileSystem.renames == 0)
            #expect(snapshot(root) == before)
        }
    }

    @Test(arguments: 1...5)
    func failingRenameRollsBack(failingRename: Int) throws {
        try withTemporaryDirectory { root in
            try prepare(root)
            let before = snapshot(root)
            let fileSystem = FaultyFileSystem(failRename: [failingRename])

            let error = outputError { try OutputWriter(directory: root, fileSystem: fileSystem).write(next) }
            guard case .renameFailed(_, let reason) = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(reason == "rename: Input/output error")
            #expect(snapshot(root) == before)

            // Nothing was left half-done: a later run succeeds normally.
            let plan = try OutputWriter(directory: root).write(next)
            #expect(plan.changed == ["a.swift", "b.swift"] && plan.removed == ["Old/gone.swift"])
        }
    }

    @Test func failingRemovalRollsBack() throws {
        try withTemporaryDirectory { root in
            try prepare(root)
            let before = snapshot(root)
            let fileSystem = FaultyFileSystem(failRemove: 1)

            let error = outputError { try OutputWriter(directory: root, fileSystem: fileSystem).write(next) }
            #expect(error == .removeFailed("Old/gone.swift", reason: "unlink: Device or resource busy"))
            #expect(snapshot(root) == before)
        }
    }

    @Test func diskFullOnFirstRunRemovesTheCreatedDirectory() throws {
        try withTemporaryDirectory { temp in
            let root = temp.appending(path: "Out/Generated")
            let fileSystem = FaultyFileSystem(failWrite: 2)
            let error = outputError { try OutputWriter(directory: root, fileSystem: fileSystem).write(next) }
            #expect(error == .writeFailed("New/e.swift", reason: "write: No space left on device"))
            #expect(snapshot(temp).isEmpty)
        }
    }

    @Test func failedRestoreKeepsTheBackupAndSaysSo() throws {
        try withTemporaryDirectory { root in
            try prepare(root)
            // Renames: New/d, New/e, a, b. b fails, then restoring a from its backup fails too.
            let fileSystem = FaultyFileSystem(failRename: [4, 5])

            let error = outputError { try OutputWriter(directory: root, fileSystem: fileSystem).write(next) }
            #expect(
                error
                    == .rollbackFailed(
                        cause: "cannot move new 'b.swift' into place: rename: Input/output error",
                        unrestored: ["a.swift"]
                    )
            )
            #expect(error?.description.contains("rollback could not restore a.swift") == true)
            let backups = snapshot(root).filter { $0.key.hasPrefix(".a.swift.bak-") }
            #expect(Array(backups.values) == [Data("A\n".utf8)], "the only copy of the original must survive")
            #expect(!exists("New", in: root))
        }
    }
}
