import Foundation
import Testing

@testable import FileOutput

@Suite struct WriteTests {
    @Test func firstWriteCreatesDirectoryFilesAndManifest() throws {
        try withTemporaryDirectory { temp in
            let root = temp.appending(path: "out/Generated")
            let plan = try OutputWriter(directory: root).write(files(["b.swift": "B\n", "Models/a.swift": "A\n"]))
            #expect(plan == OutputPlan(added: ["Models/a.swift", "b.swift"]))
            #expect(
                snapshot(root) == [
                    ".generated-files": Data("Models/a.swift\nb.swift\n".utf8),
                    "Models/": Data(),
                    "Models/a.swift": Data("A\n".utf8),
                    "b.swift": Data("B\n".utf8),
                ]
            )
        }
    }

    @Test func noOpRewriteKeepsModificationTimes() throws {
        try withTemporaryDirectory { root in
            let rendered = files(["a.swift": "A\n", "Sub/b.swift": "B\n"])
            try OutputWriter(directory: root).write(rendered)
            let old = Date(timeIntervalSince1970: 1_000_000_000)
            for path in ["a.swift", "Sub/b.swift", ".generated-files"] { try setModificationDate(old, path, in: root) }

            let plan = try OutputWriter(directory: root).write(rendered)
            #expect(plan == OutputPlan(unchanged: ["Sub/b.swift", "a.swift"]))
            for path in ["a.swift", "Sub/b.swift", ".generated-files"] {
                #expect(try modificationDate(path, in: root) == old, "\(path) was rewritten")
            }
        }
    }

    @Test func changedFileIsRewrittenAndOthersAreNot() throws {
        try withTemporaryDirectory { root in
            try OutputWriter(directory: root).write(files(["a.swift": "A\n", "b.swift": "B\n"]))
            let old = Date(timeIntervalSince1970: 1_000_000_000)
            try setModificationDate(old, "a.swift", in: root)
            try setModificationDate(old, "b.swift", in: root)

            let plan = try OutputWriter(directory: root).write(files(["a.swift": "A\n", "b.swift": "B2\n"]))
            #expect(plan == OutputPlan(changed: ["b.swift"], unchanged: ["a.swift"]))
            #expect(text(at: "b.swift", in: root) == "B2\n")
            #expect(try modificationDate("a.swift", in: root) == old)
            #expect(try modificationDate("b.swift", in: root) != old)
            #expect(
                snapshot(root).keys.sorted() == [".generated-files", "a.swift", "b.swift"],
                "no temps or backups left"
            )
        }
    }

    @Test func staleFilesAreRemovedAndTheirEmptyDirectoriesPruned() throws {
        try withTemporaryDirectory { root in
            try OutputWriter(directory: root).write(
                files([
                    "keep.swift": "K\n", "Old/Deep/gone.swift": "G\n", "Shared/gone.swift": "G\n",
                ])
            )
            try put("mine\n", at: "Shared/user.txt", in: root)

            let plan = try OutputWriter(directory: root).write(files(["keep.swift": "K\n"]))
            #expect(
                plan == OutputPlan(unchanged: ["keep.swift"], removed: ["Old/Deep/gone.swift", "Shared/gone.swift"])
            )
            #expect(
                snapshot(root) == [
                    ".generated-files": Data("keep.swift\n".utf8),
                    "keep.swift": Data("K\n".utf8),
                    "Shared/": Data(),
                    "Shared/user.txt": Data("mine\n".utf8),
                ]
            )
        }
    }

    @Test func foreignFilesAreNeverTouched() throws {
        try withTemporaryDirectory { root in
            try OutputWriter(directory: root).write(files(["a.swift": "A\n"]))
            try put("user\n", at: "README.md", in: root)
            try put("user\n", at: "Sub/notes.txt", in: root)
            let old = Date(timeIntervalSince1970: 1_000_000_000)
            try setModificationDate(old, "README.md", in: root)

            try OutputWriter(directory: root).write(files(["a.swift": "A2\n", "Sub/b.swift": "B\n"]))
            try OutputWriter(directory: root).write(files(["c.swift": "C\n"]))
            #expect(text(at: "README.md", in: root) == "user\n")
            #expect(text(at: "Sub/notes.txt", in: root) == "user\n")
            #expect(try modificationDate("README.md", in: root) == old)
            #expect(text(at: ".generated-files", in: root) == "c.swift\n")
        }
    }

    @Test func collisionWithForeignFileIsRefused() throws {
        try withTemporaryDirectory { root in
            try OutputWriter(directory: root).write(files(["a.swift": "A\n"]))
            try put("handwritten\n", at: "b.swift", in: root)
            let before = snapshot(root)

            let error = outputError {
                try OutputWriter(directory: root).write(files(["a.swift": "A2\n", "b.swift": "B\n"]))
            }
            #expect(error == .wouldOverwriteForeignFile("b.swift"))
            #expect(error?.description.contains("'b.swift'") == true)
            #expect(snapshot(root) == before)
        }
    }

    @Test func firstRunIntoNonEmptyDirectoryIsRefusedUnlessAdopting() throws {
        try withTemporaryDirectory { root in
            try put("user\n", at: "notes.txt", in: root)
            try put("A\n", at: "a.swift", in: root)
            let before = snapshot(root)
            let rendered = files(["a.swift": "A\n", "b.swift": "B\n"])

            let error = outputError { try OutputWriter(directory: root).write(rendered) }
            guard case .foreignFilesInOutputDirectory(_, let examples, let count) = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            // The identical a.swift is not foreign; notes.txt is.
            #expect(examples == ["notes.txt"] && count == 1)
            #expect(snapshot(root) == before)

            let plan = try OutputWriter(directory: root, adoptExisting: true).write(rendered)
            #expect(plan == OutputPlan(added: ["b.swift"], unchanged: ["a.swift"]))
            #expect(text(at: "notes.txt", in: root) == "user\n")
            #expect(text(at: ".generated-files", in: root) == "a.swift\nb.swift\n")
        }
    }

    @Test func identicalFilesAreAdoptedWhenTheManifestIsMissing() throws {
        try withTemporaryDirectory { root in
            try put("A\n", at: "a.swift", in: root)
            let plan = try OutputWriter(directory: root).write(files(["a.swift": "A\n"]))
            #expect(plan == OutputPlan(unchanged: ["a.swift"]))
            #expect(text(at: ".generated-files", in: root) == "a.swift\n")
        }
    }

    @Test func differingFileIsNotAdoptedEvenWithAdoptExisting() throws {
        try withTemporaryDirectory { root in
            try put("mine\n", at: "a.swift", in: root)
            let error = outputError {
                try OutputWriter(directory: root, adoptExisting: true).write(files(["a.swift": "A\n"]))
            }
            #expect(error == .wouldOverwriteForeignFile("a.swift"))
            #expect(text(at: "a.swift", in: root) == "mine\n")
        }
    }

    @Test func planReadsOnly() throws {
        try withTemporaryDirectory { temp in
            let root = temp.appending(path: "Generated")
            let plan = try OutputWriter(directory: root).plan(files(["a.swift": "A\n"]))
            #expect(plan == OutputPlan(added: ["a.swift"]))
            #expect(!exists("Generated", in: temp))
        }
    }

    @Test func outputDirectoryThatIsAFileIsOneClearError() throws {
        try withTemporaryDirectory { temp in
            try put("x", at: "Generated", in: temp)
            let error = outputError {
                try OutputWriter(directory: temp.appending(path: "Generated")).write(files(["a": "A"]))
            }
            guard case .outputDirectoryUnusable(let path, let reason) = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(path.hasSuffix("Generated") && reason == "exists but is not a directory")
        }
    }

    @Test func unreadableOutputDirectoryIsOneClearError() throws {
        try withTemporaryDirectory { root in
            let fileSystem = FaultyFileSystem()
            fileSystem.failList = true
            let error = outputError {
                try OutputWriter(directory: root, fileSystem: fileSystem).write(files(["a": "A"]))
            }
            guard case .outputDirectoryUnusable(_, let reason) = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(reason.contains("Permission denied"))
            #expect(snapshot(root).isEmpty)
        }
    }

    @Test func tamperedManifestCannotDeleteOutsideTheDirectory() throws {
        try withTemporaryDirectory { temp in
            let root = temp.appending(path: "Generated")
            try put("precious\n", at: "precious.txt", in: temp)
            try put("../precious.txt\n", at: "Generated/.generated-files", in: temp)
            let error = outputError { try OutputWriter(directory: root).write([]) }
            #expect(error == .corruptManifest(entry: "../precious.txt", reason: "contains a '..' component"))
            #expect(text(at: "precious.txt", in: temp) == "precious\n")
        }
    }

    @Test func fileWhereADirectoryIsNeededIsAConflict() throws {
        try withTemporaryDirectory { root in
            try OutputWriter(directory: root).write(files(["a.swift": "A\n"]))
            try put("user\n", at: "Models", in: root)
            let before = snapshot(root)
            let error = outputError { try OutputWriter(directory: root).write(files(["Models/x.swift": "X\n"])) }
            #expect(error == .pathConflict("Models/x.swift", reason: "'Models' exists and is not a directory"))
            #expect(snapshot(root) == before)
        }
    }

    @Test func unwritableOutputDirectoryIsOneClearError() throws {
        try withTemporaryDirectory { root in
            let fileSystem = FaultyFileSystem()
            fileSystem.writable = false
            let error = outputError {
                try OutputWriter(directory: root, fileSystem: fileSystem).write(files(["a": "A"]))
            }
            #expect(error == .outputDirectoryUnusable(root.path(percentEncoded: false), reason: "not writable"))
            #expect(fileSystem.writes == 0)
        }
    }
}
