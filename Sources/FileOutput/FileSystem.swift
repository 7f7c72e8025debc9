import Foundation

/// What sits at a path, without following symbolic links.
package enum FileKind: Sendable, Equatable {
    case file
    case directory
    /// Symbolic links, sockets, devices: never read, written or removed by the writer.
    case other
}

/// Every disk access of the writer goes through this, so tests can inject failures
/// (disk full on the Nth write, a failing rename) and check the rollback.
package protocol FileSystem {
    /// `nil` when nothing exists at `url`.
    func kind(of url: URL) -> FileKind?
    func read(_ url: URL) throws -> Data
    /// Creates a new file; fails if something already exists at `url`.
    func writeNew(_ data: Data, to url: URL) throws
    /// Creates several new files, possibly at the same time; one result per entry, in order (`nil`: written).
    /// A failed entry leaves no file behind, like `writeNew`.
    func writeNew(_ files: [NewFile]) -> [(any Error)?]
    /// Atomically replaces `destination` (POSIX `rename`).
    func rename(_ source: URL, to destination: URL) throws
    /// Makes `destination` a hard link to (or, failing that, a copy of) `source`.
    func linkOrCopy(_ source: URL, to destination: URL) throws
    /// Removes a file or an empty directory; never recursive.
    func remove(_ url: URL) throws
    /// Creates one directory level; the caller creates parents so it can undo exactly what it made.
    func createDirectory(_ url: URL) throws
    /// Entry names of a directory, excluding `.` and `..`.
    func list(_ url: URL) throws -> [String]
    /// Whether new entries can be created in the directory.
    func isWritableDirectory(_ url: URL) -> Bool
    /// Replaces `url` atomically and durably (data and name on disk) through `temp`: for the journal,
    /// which must survive a crash exactly when it says the commit began.
    func writeDurably(_ data: Data, to url: URL, through temp: URL) throws
    /// Makes everything written so far on the file system holding `directory` durable.
    func synchronize(_ directory: URL) throws
    /// The same file system with every path below `root` resolved without following links.
    func confined(to root: URL) -> any FileSystem
}

/// One entry of a batch write.
package struct NewFile: Sendable {
    package var data: Data
    package var url: URL

    package init(data: Data, url: URL) {
        self.data = data
        self.url = url
    }
}

extension FileSystem {
    /// One after the other, so a test double sees the writes in order.
    package func writeNew(_ files: [NewFile]) -> [(any Error)?] {
        files.map(attemptWrite)
    }

    func attemptWrite(_ file: NewFile) -> (any Error)? {
        do {
            try writeNew(file.data, to: file.url)
            return nil
        } catch {
            return error
        }
    }
}
