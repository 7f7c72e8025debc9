import Foundation
import Testing

@testable import FileOutput

/// The promise: after a kill at any instant the folder holds the old output or the new one, or the next
/// run repairs it to exactly one of them, with no temp or backup file left. Each test kills a run after
/// every possible number of changes (`DyingFileSystem`), then checks what recovery makes of it.
@Suite struct CrashRecoveryTests {
    let old = files(["a.swift": "A\n", "b.swift": "B\n", "c.swift": "C\n", "Old/gone.swift": "G\n"])
    let next = files([
        "a.swift": "A2\n", "b.swift": "B2\n", "c.swift": "C\n", "New/d.swift": "D\n", "New/e.swift": "E\n",
    ])

    /// The folder after a clean write of `rendered` over `old` (or into nothing), with a user file.
    func cleanState(_ rendered: [RenderedFile]?, _ base: [RenderedFile]) throws -> [String: Data] {
        var result: [String: Data] = [:]
        try withTemporaryDirectory { root in
            try OutputWriter(directory: root).write(base)
            try put("user\n", at: "notes.txt", in: root)
            if let rendered { try OutputWriter(directory: root).write(rendered) }
            result = snapshot(root)
        }
        return result
    }

    @Test func killAtEveryChangeIsRecoveredToOldOrNew() throws {
        let before = try cleanState(nil, old)
        let after = try cleanState(next, old)
        var outcomes = (old: 0, new: 0)
        for dieAt in 1...40 {
            try withTemporaryDirectory { root in
                try OutputWriter(directory: root).write(old)
                try put("user\n", at: "notes.txt", in: root)
                let dying = DyingFileSystem(dieAt: dieAt)
                do {
                    try OutputWriter(directory: root, fileSystem: dying).write(next)
                } catch {}
                guard dying.died else { return }
                if exists(Journal.fileName, in: root) {
                    #expect(throws: FileOutputError.interruptedRun(root.path(percentEncoded: false))) {
                        try OutputWriter(directory: root).check(next)
                    }
                }
                try Recovery(root: root, fileSystem: LocalFileSystem(confinedTo: root)).recoverIfNeeded()
                let recovered = snapshot(root)
                #expect(
                    recovered == before || recovered == after,
                    "killed at change \(dieAt): \(recovered.keys.sorted())"
                )
                if recovered == before { outcomes.old += 1 } else if recovered == after { outcomes.new += 1 }
                // And the next ordinary run ends exactly at the new output.
                try OutputWriter(directory: root).write(next)
                #expect(snapshot(root) == after, "killed at change \(dieAt), then rerun")
            }
        }
        // Both directions are exercised: early kills roll back, kills after the commit point roll forward.
        #expect(outcomes.old > 0 && outcomes.new > 0)
    }

    @Test func killDuringRecoveryIsRecoveredByTheNextRun() throws {
        let before = try cleanState(nil, old)
        let after = try cleanState(next, old)
        for dieAt in 1...40 {
            for recoveryDiesAt in 1...6 {
                try withTemporaryDirectory { root in
                    try OutputWriter(directory: root).write(old)
                    try put("user\n", at: "notes.txt", in: root)
                    let dying = DyingFileSystem(dieAt: dieAt)
                    do { try OutputWriter(directory: root, fileSystem: dying).write(next) } catch {}
                    guard dying.died, exists(Journal.fileName, in: root) else { return }
                    let dyingRecovery = DyingFileSystem(dieAt: recoveryDiesAt).confined(to: root)
                    do { try Recovery(root: root, fileSystem: dyingRecovery).recoverIfNeeded() } catch {}
                    try Recovery(root: root, fileSystem: LocalFileSystem(confinedTo: root)).recoverIfNeeded()
                    let recovered = snapshot(root)
                    #expect(
                        recovered == before || recovered == after,
                        "killed at \(dieAt), recovery at \(recoveryDiesAt)"
                    )
                }
            }
        }
    }

    @Test func killedFirstRunLeavesNothingThatBlocksTheNextOne() throws {
        let after = try cleanState(next, [])
        for dieAt in 1...30 {
            try withTemporaryDirectory { temp in
                let root = temp.appending(path: "Out/Generated")
                let dying = DyingFileSystem(dieAt: dieAt)
                do { try OutputWriter(directory: root, fileSystem: dying).write(next) } catch {}
                guard dying.died else { return }
                // The old output is "no output": at most the empty folders the run made.
                try? Recovery(root: root, fileSystem: LocalFileSystem(confinedTo: root)).recoverIfNeeded()
                let recovered = snapshot(temp).filter { !$0.key.hasSuffix("/") }
                let expected = after.filter { !$0.key.hasSuffix("/") && $0.key != "notes.txt" }
                #expect(
                    recovered.isEmpty || recovered.mapKeys { String($0.dropFirst("Out/Generated/".count)) } == expected,
                    "killed at change \(dieAt): \(recovered.keys.sorted())"
                )
                // Before the journal, the tool's temps counted as foreign files and blocked every later run.
                try OutputWriter(directory: root).write(next)
                #expect(snapshot(root) == expected.merging(["New/": Data()]) { first, _ in first })
            }
        }
    }

    @Test func interruptionAtEveryQuestionRollsBack() throws {
        for at in 1...12 {
            try withTemporaryDirectory { root in
                try OutputWriter(directory: root).write(old)
                try put("user\n", at: "notes.txt", in: root)
                let before = snapshot(root)
                let stop = InterruptAt(at)
                var writer = OutputWriter(directory: root)
                writer.interruption = stop.interruption
                do {
                    try writer.write(next)
                    // Fewer questions than `at`: the run finished.
                    #expect(stop.count < at)
                } catch let error as FileOutputError {
                    #expect(error == .interrupted(signal: SIGINT))
                    #expect(
                        error.description
                            == "interrupted by SIGINT; the output folder holds what it held before the run"
                    )
                    #expect(snapshot(root) == before, "interrupted at question \(at)")
                }
            }
        }
    }
}

extension Dictionary {
    func mapKeys<T: Hashable>(_ transform: (Key) -> T) -> [T: Value] {
        [T: Value](map { (transform($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
