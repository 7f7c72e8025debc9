import Foundation
import Parallel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The real disk, through POSIX calls: they never recurse or follow links
/// unexpectedly, and they report the exact errno (ENOSPC, EACCES, ...).
public struct LocalFileSystem: FileSystem, Sendable {
    public init() {}

    public func kind(of url: URL) -> FileKind? {
        var info = stat()
        guard (try? withPath(url, { lstat($0, &info) })) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    public func read(_ url: URL) throws -> Data {
        try Data(contentsOf: url)
    }

    public func writeNew(_ data: Data, to url: URL) throws {
        let descriptor = try withPath(url) { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) }
        guard descriptor >= 0 else { throw POSIXFailure("open") }
        var failure: POSIXFailure?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = POSIXFailure("write")
                    return
                }
                offset += written
            }
        }
        // close() can report a deferred ENOSPC (e.g. on NFS), so it counts as a write failure.
        if close(descriptor) != 0, failure == nil { failure = POSIXFailure("close") }
        if let failure {
            // Leave no partial file behind: the caller only tracks files that were written.
            _ = try? withPath(url) { unlink($0) }
            throw failure
        }
    }

    /// On every core: creating files is mostly kernel time, which two threads halve.
    public func writeNew(_ files: [NewFile]) -> [(any Error)?] {
        files.parallelMap { attemptWrite($0) }
    }

    public func rename(_ source: URL, to destination: URL) throws {
        let result = try withPath(source) { from in
            try withPath(destination) { to in
                posixRename(from, to)
            }
        }
        guard result == 0 else { throw POSIXFailure("rename") }
    }

    public func linkOrCopy(_ source: URL, to destination: URL) throws {
        let result = try withPath(source) { from in try withPath(destination) { to in link(from, to) } }
        if result == 0 { return }
        // Some file systems (FAT, some network mounts) have no hard links; a copy is as good for a backup.
        try writeNew(read(source), to: destination)
    }

    public func remove(_ url: URL) throws {
        let isDirectory = kind(of: url) == .directory
        let result = try withPath(url) { isDirectory ? rmdir($0) : unlink($0) }
        guard result == 0 else { throw POSIXFailure(isDirectory ? "rmdir" : "unlink") }
    }

    public func createDirectory(_ url: URL) throws {
        guard try withPath(url, { mkdir($0, 0o755) }) == 0 else { throw POSIXFailure("mkdir") }
    }

    public func list(_ url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path(percentEncoded: false))
    }

    public func isWritableDirectory(_ url: URL) -> Bool {
        (try? withPath(url) { access($0, W_OK | X_OK) }) == 0
    }

    private func withPath<T>(_ url: URL, _ body: (UnsafePointer<CChar>) throws -> T) throws -> T {
        try url.withUnsafeFileSystemRepresentation { pointer in
            guard let pointer else { throw POSIXFailure("path", code: EINVAL) }
            return try body(pointer)
        }
    }
}

/// At file scope `rename` is the C function, not `LocalFileSystem.rename`.
private func posixRename(_ from: UnsafePointer<CChar>, _ to: UnsafePointer<CChar>) -> Int32 {
    rename(from, to)
}
