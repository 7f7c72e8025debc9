import Foundation

@testable import FileOutput

/// The real disk until the Nth change (counted from 1), then nothing: every later change fails, as if
/// the process had been killed with -9 right there (its own rollback cannot run either). Reads still
/// work so the dead run can fail its way out. The journal's temp write and its rename are two changes,
/// so a kill between them is simulated too.
final class DyingFileSystem: FileSystem {
    private var real: any FileSystem = LocalFileSystem()
    private let dieAt: Int
    private(set) var changes = 0

    struct Killed: Error {}

    init(dieAt: Int) {
        self.dieAt = dieAt
    }

    var died: Bool { changes >= dieAt }

    private func change() throws {
        changes += 1
        if changes >= dieAt { throw Killed() }
    }

    func kind(of url: URL) -> FileKind? { real.kind(of: url) }
    func read(_ url: URL) throws -> Data { try real.read(url) }
    func list(_ url: URL) throws -> [String] { try real.list(url) }
    func isWritableDirectory(_ url: URL) -> Bool { real.isWritableDirectory(url) }

    func writeNew(_ data: Data, to url: URL) throws {
        try change()
        try real.writeNew(data, to: url)
    }

    func rename(_ source: URL, to destination: URL) throws {
        try change()
        try real.rename(source, to: destination)
    }

    func linkOrCopy(_ source: URL, to destination: URL) throws {
        try change()
        try real.linkOrCopy(source, to: destination)
    }

    func remove(_ url: URL) throws {
        try change()
        try real.remove(url)
    }

    func createDirectory(_ url: URL) throws {
        try change()
        try real.createDirectory(url)
    }

    func writeDurably(_ data: Data, to url: URL, through temp: URL) throws {
        try change()
        if real.kind(of: temp) == .file { try real.remove(temp) }
        try real.writeNew(data, to: temp)
        try change()
        try real.rename(temp, to: url)
    }

    func synchronize(_ directory: URL) throws {
        try change()
    }

    func confined(to root: URL) -> any FileSystem {
        real = real.confined(to: root)
        return self
    }
}

/// Counts the writer's questions and answers "stop" (SIGINT) from the Nth one on.
final class InterruptAt: @unchecked Sendable {
    private let lock = NSLock()
    private var asked = 0
    private let at: Int

    init(_ at: Int) { self.at = at }

    var interruption: Interruption {
        Interruption { [self] in
            lock.lock()
            defer { lock.unlock() }
            asked += 1
            return asked >= at ? SIGINT : nil
        }
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return asked
    }
}
