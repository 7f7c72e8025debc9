import Foundation
import Testing

@testable import FileOutput

/// A repository can carry symbolic links and a doctored `.generated-files` (CI then regenerates it):
/// nothing the writer touches may resolve through a link, so nothing outside the folder can change.
@Suite struct SymlinkTests {
    func link(_ relative: String, to target: URL, in root: URL) throws {
        try FileManager.default.createSymbolicLink(
            atPath: root.appending(path: relative).path(percentEncoded: false),
            withDestinationPath: target.path(percentEncoded: false)
        )
    }

    /// `Generated/` with one generated file, and a secret outside it.
    func prepare(_ temp: URL) throws -> URL {
        let root = temp.appending(path: "Generated")
        try OutputWriter(directory: root).write(files(["a.swift": "A\n"]))
        try put("secret\n", at: "outside/secret.txt", in: temp)
        return root
    }

    @Test func manifestLineThroughALinkedFolderIsAnErrorAndDeletesNothing() throws {
        try withTemporaryDirectory { temp in
            let root = try prepare(temp)
            try link("evil", to: temp.appending(path: "outside"), in: root)
            try put("a.swift\nevil/secret.txt\n", at: "Generated/.generated-files", in: temp)
            let error = outputError { try OutputWriter(directory: root).write(files(["a.swift": "A\n"])) }
            #expect(
                error
                    == .corruptManifest(
                        entry: "evil/secret.txt",
                        reason: "passes through 'evil', which is a symbolic link or special file"
                    )
            )
            #expect(text(at: "outside/secret.txt", in: temp) == "secret\n")
        }
    }

    @Test func manifestLineNamingALinkIsAnError() throws {
        try withTemporaryDirectory { temp in
            let root = try prepare(temp)
            try link("link.swift", to: temp.appending(path: "outside/secret.txt"), in: root)
            try put("a.swift\nlink.swift\n", at: "Generated/.generated-files", in: temp)
            let error = outputError { try OutputWriter(directory: root).write(files(["a.swift": "A\n"])) }
            #expect(
                error
                    == .corruptManifest(
                        entry: "link.swift",
                        reason: "is a symbolic link or special file, not a regular file"
                    )
            )
            #expect(text(at: "outside/secret.txt", in: temp) == "secret\n")
            #expect(
                FileManager.default.fileExists(atPath: root.appending(path: "link.swift").path(percentEncoded: false))
            )
        }
    }

    @Test func manifestLineNamingAFolderIsAnError() throws {
        try withTemporaryDirectory { temp in
            let root = try prepare(temp)
            try put("mine\n", at: "Generated/Docs/mine.md", in: temp)
            try put("a.swift\nDocs\n", at: "Generated/.generated-files", in: temp)
            let error = outputError { try OutputWriter(directory: root).write(files(["a.swift": "A\n"])) }
            #expect(error == .corruptManifest(entry: "Docs", reason: "is a directory, not a regular file"))
            #expect(text(at: "Generated/Docs/mine.md", in: temp) == "mine\n")
        }
    }

    @Test func renderedFileUnderALinkedFolderIsRefusedAndNothingIsWrittenOutside() throws {
        try withTemporaryDirectory { temp in
            let root = try prepare(temp)
            try link("Models", to: temp.appending(path: "outside"), in: root)
            let before = snapshot(temp)
            let error = outputError {
                try OutputWriter(directory: root).write(files(["a.swift": "A\n", "Models/secret.txt": "pwned\n"]))
            }
            #expect(error == .pathConflict("Models/secret.txt", reason: "'Models' exists and is not a directory"))
            #expect(snapshot(temp) == before)
        }
    }

    /// The file system itself refuses, whatever a caller asks: the last line of defence.
    @Test func confinedFileSystemNeverResolvesThroughALink() throws {
        try withTemporaryDirectory { temp in
            let root = try prepare(temp)
            try link("evil", to: temp.appending(path: "outside"), in: root)
            let fileSystem = LocalFileSystem(confinedTo: root)
            let secret = root.appending(path: "evil/secret.txt")
            #expect(fileSystem.kind(of: secret) == .other)
            #expect(throws: POSIXFailure.self) { try fileSystem.read(secret) }
            #expect(throws: POSIXFailure.self) { try fileSystem.remove(secret) }
            #expect(throws: POSIXFailure.self) {
                try fileSystem.writeNew(Data("x".utf8), to: root.appending(path: "evil/new.txt"))
            }
            #expect(throws: POSIXFailure.self) {
                try fileSystem.rename(root.appending(path: "a.swift"), to: root.appending(path: "evil/a.swift"))
            }
            #expect(throws: POSIXFailure.self) {
                try fileSystem.linkOrCopy(secret, to: root.appending(path: "copy.txt"))
            }
            #expect(throws: POSIXFailure.self) { try fileSystem.list(root.appending(path: "evil")) }
            #expect(throws: POSIXFailure.self) { try fileSystem.read(root.appending(path: "evil")) }
            #expect(text(at: "outside/secret.txt", in: temp) == "secret\n")
            #expect(snapshot(temp.appending(path: "outside")) == ["secret.txt": Data("secret\n".utf8)])
        }
    }

    /// The folder's own path is the user's choice: a link above it (macOS's /tmp) is fine.
    @Test func outputFolderReachedThroughALinkedAncestorWorks() throws {
        try withTemporaryDirectory { temp in
            try FileManager.default.createDirectory(at: temp.appending(path: "real"), withIntermediateDirectories: true)
            try link("alias", to: temp.appending(path: "real"), in: temp)
            let root = temp.appending(path: "alias/Generated")
            try OutputWriter(directory: root).write(files(["Sub/a.swift": "A\n"]))
            try OutputWriter(directory: root).write(files(["Sub/a.swift": "A2\n"]))
            #expect(text(at: "real/Generated/Sub/a.swift", in: temp) == "A2\n")
        }
    }

    @Test func outputFolderThatIsALinkIsRefused() throws {
        try withTemporaryDirectory { temp in
            try FileManager.default.createDirectory(at: temp.appending(path: "real"), withIntermediateDirectories: true)
            try link("Generated", to: temp.appending(path: "real"), in: temp)
            let error = outputError {
                try OutputWriter(directory: temp.appending(path: "Generated")).write(files(["a": "A"]))
            }
            guard case .outputDirectoryUnusable(_, let reason) = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(reason == "exists but is not a directory")
            #expect(snapshot(temp.appending(path: "real")).isEmpty)
        }
    }
}
