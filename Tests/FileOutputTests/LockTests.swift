import Foundation
import Testing

@testable import FileOutput

/// Two runs on one folder (a build plugin and a terminal) never mix: one waits for the other.
@Suite struct LockTests {
    @Test func aSecondRunWaitsThenFailsWithOneLine() throws {
        try withTemporaryDirectory { root in
            try OutputWriter(directory: root).write(files(["a.swift": "A\n"]))
            let before = snapshot(root)
            let held = try OutputLock.acquire(root, exclusive: true, timeout: 1, interruption: Interruption { nil })
            var writer = OutputWriter(directory: root)
            writer.lockTimeout = 0.2
            let waits = Failures()
            writer.onWait = { waits.add("waiting") }
            let error = outputError { try writer.write(files(["a.swift": "A2\n"])) }
            #expect(waits.all == ["waiting"], "told once")
            #expect(error == .locked(root.path(percentEncoded: false), waitedSeconds: 0))
            #expect(error?.description.hasPrefix("another generate run is writing") == true)
            #expect(snapshot(root) == before)
            withExtendedLifetime(held) {}
        }
    }

    @Test func checkWaitsForAWriteInProgress() throws {
        try withTemporaryDirectory { root in
            try OutputWriter(directory: root).write(files(["a.swift": "A\n"]))
            var held: OutputLock? = try OutputLock.acquire(
                root,
                exclusive: true,
                timeout: 1,
                interruption: Interruption { nil }
            )
            var writer = OutputWriter(directory: root)
            writer.lockTimeout = 0.2
            #expect(throws: FileOutputError.locked(root.path(percentEncoded: false), waitedSeconds: 0)) {
                try writer.check(files(["a.swift": "A\n"]))
            }
            held = nil
            // Readers share the lock.
            let reader = try OutputLock.acquire(root, exclusive: false, timeout: 1, interruption: Interruption { nil })
            #expect(try writer.check(files(["a.swift": "A\n"])).isEmpty)
            withExtendedLifetime((held, reader)) {}
        }
    }

    /// Eight runs at once, each with its own complete output: the folder ends as exactly one of them.
    @Test func concurrentRunsEndAsExactlyOneOutput() throws {
        try withTemporaryDirectory { temp in
            let root = temp.appending(path: "Generated")
            let outputs = (0..<8).map { run in
                (0..<30).map { RenderedFile(path: "F\($0 % 3)/file\($0).swift", contents: "run \(run) file \($0)\n") }
                    + [RenderedFile(path: "only\(run).swift", contents: "\(run)\n")]
            }
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: outputs.count) { run in
                do { try OutputWriter(directory: root).write(outputs[run]) } catch { failures.add("\(error)") }
            }
            #expect(failures.all.isEmpty)
            let final = snapshot(root)
            let matches = outputs.filter { output in
                var expected = Dictionary(uniqueKeysWithValues: output.map { ($0.path, Data($0.contents.utf8)) })
                expected[".generated-files"] = Data(OwnershipManifest.render(output.map(\.path)))
                for folder in ["F0/", "F1/", "F2/"] { expected[folder] = Data() }
                return final == expected
            }
            #expect(matches.count == 1, "the folder is not exactly one run's output: \(final.keys.sorted())")
        }
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func add(_ failure: String) {
        lock.lock()
        list.append(failure)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}

@Suite struct DirectoryRaceTests {
    /// Two first runs both find the folder missing; the one whose mkdir fails with EEXIST used to fail
    /// ("mkdir: File exists"), which made `concurrentRunsEndAsExactlyOneOutput` flaky.
    @Test func aFolderAnotherRunCreatedFirstIsUsed() throws {
        try withTemporaryDirectory { temp in
            let root = temp.appending(path: "a/Generated")
            let racing = FaultyFileSystem()
            racing.loseMkdirRace = true
            try OutputWriter(directory: root, fileSystem: racing).write(files(["x.swift": "X\n"]))
            #expect(text(at: "a/Generated/x.swift", in: temp) == "X\n")
        }
    }
}
