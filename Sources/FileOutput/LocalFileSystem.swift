import Foundation
import Parallel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real disk, through POSIX calls: they never recurse or follow links, and they report the exact
/// errno (ENOSPC, EACCES, ...). Once confined to the output folder (`OutputWriter` does that), every
/// path below the folder is reached through `openat` with `O_NOFOLLOW`, so no path the writer touches
/// resolves through a symbolic link.
package struct LocalFileSystem: FileSystem, Sendable {
    private let confinement: ConfinedPath?

    package init() { confinement = nil }

    package init(confinedTo root: URL) { confinement = ConfinedPath(root: root) }

    package func confined(to root: URL) -> any FileSystem { LocalFileSystem(confinedTo: root) }

    package func kind(of url: URL) -> FileKind? {
        var info = stat()
        do {
            let result = try at(url) { fstatat($0, $1, &info, AT_SYMLINK_NOFOLLOW) }
            guard result == 0 else { return nil }
        } catch let failure as POSIXFailure where failure.code == ENOENT {
            return nil
        } catch {
            // A parent is a link or a file: whatever is "there" is not a plain file of ours.
            return .other
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    package func read(_ url: URL) throws -> Data {
        let descriptor = try at(url) { openat($0, $1, O_RDONLY | O_NOFOLLOW | O_CLOEXEC) }
        guard descriptor >= 0 else { throw POSIXFailure("open") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw POSIXFailure("fstat") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw POSIXFailure("open", code: EINVAL) }
        // Sized from fstat: a fixed 64 KB buffer cost more to clear than the average 3 KB file takes to read.
        // The spare byte lets a file that grew since fstat be read to its end all the same.
        let expected = max(Int(info.st_size), 0)
        var data = Data(capacity: expected + 1)
        var buffer = [UInt8](repeating: 0, count: min(expected + 1, 1 << 16))
        while true {
            let count = buffer.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw POSIXFailure("read")
            }
            if count == 0 { return data }
            buffer.withUnsafeBytes { data.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
    }

    package func writeNew(_ data: Data, to url: URL) throws {
        try create(data, at: url, durable: false)
    }

    /// On every core: creating files is mostly kernel time, which two threads halve.
    package func writeNew(_ files: [NewFile]) -> [(any Error)?] {
        files.parallelMap { attemptWrite($0) }
    }

    package func rename(_ source: URL, to destination: URL) throws {
        let result = try at(source) { fromDirectory, fromName in
            try at(destination) { toDirectory, toName in renameat(fromDirectory, fromName, toDirectory, toName) }
        }
        guard result == 0 else { throw POSIXFailure("rename") }
    }

    package func linkOrCopy(_ source: URL, to destination: URL) throws {
        // Flags 0: a link to the entry itself, never to what a symbolic link points at.
        let result = try at(source) { fromDirectory, fromName in
            try at(destination) { toDirectory, toName in linkat(fromDirectory, fromName, toDirectory, toName, 0) }
        }
        if result == 0 { return }
        // Some file systems (FAT, some network mounts) have no hard links; a copy is as good for a backup.
        try writeNew(read(source), to: destination)
    }

    package func remove(_ url: URL) throws {
        let isDirectory = kind(of: url) == .directory
        let result = try at(url) { unlinkat($0, $1, isDirectory ? AT_REMOVEDIR : 0) }
        guard result == 0 else { throw POSIXFailure(isDirectory ? "rmdir" : "unlink") }
    }

    package func createDirectory(_ url: URL) throws {
        guard try at(url, { mkdirat($0, $1, 0o755) }) == 0 else { throw POSIXFailure("mkdir") }
    }

    package func list(_ url: URL) throws -> [String] {
        let descriptor = try at(url) { openat($0, $1, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
        guard descriptor >= 0 else { throw POSIXFailure("opendir") }
        guard let stream = fdopendir(descriptor) else {
            close(descriptor)
            throw POSIXFailure("opendir")
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    package func isWritableDirectory(_ url: URL) -> Bool {
        (try? at(url) { faccessat($0, $1, W_OK | X_OK, 0) }) == 0
    }

    package func writeDurably(_ data: Data, to url: URL, through temp: URL) throws {
        _ = try? at(temp) { unlinkat($0, $1, 0) }
        try create(data, at: temp, durable: true)
        try rename(temp, to: url)
        try syncDirectory(of: url)
    }

    package func synchronize(_ directory: URL) throws {
        let descriptor = try at(directory) { openat($0, $1, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw POSIXFailure("open") }
        defer { close(descriptor) }
        guard syncFileSystem(descriptor) == 0 else { throw POSIXFailure("syncfs") }
    }

    // MARK: - Helpers

    private func create(_ data: Data, at url: URL, durable: Bool) throws {
        // O_EXCL never follows a link at the last component; O_NOFOLLOW says so for the reader.
        let descriptor = try at(url) { openat($0, $1, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644) }
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
        if durable, failure == nil, fsync(descriptor) != 0 { failure = POSIXFailure("fsync") }
        // close() can report a deferred ENOSPC (e.g. on NFS), so it counts as a write failure.
        if close(descriptor) != 0, failure == nil { failure = POSIXFailure("close") }
        if let failure {
            // Leave no partial file behind: the caller only tracks files that were written.
            _ = try? at(url) { unlinkat($0, $1, 0) }
            throw failure
        }
    }

    /// A rename is durable once the directory holding the new name is.
    private func syncDirectory(of url: URL) throws {
        let parent = url.deletingLastPathComponent()
        let descriptor = try at(parent) { openat($0, $1, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw POSIXFailure("open") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw POSIXFailure("fsync") }
    }

    private func at<T>(_ url: URL, _ body: (Int32, UnsafePointer<CChar>) throws -> T) throws -> T {
        guard let confinement else {
            return try url.withUnsafeFileSystemRepresentation { pointer in
                guard let pointer else { throw POSIXFailure("path", code: EINVAL) }
                return try body(AT_FDCWD, pointer)
            }
        }
        return try confinement.withParent(of: url) { directory, name in
            try name.withCString { try body(directory, $0) }
        }
    }
}

/// Inside `LocalFileSystem`, `read` means its own method.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Flushes the whole file system holding `descriptor` in one call (Linux `syncfs`, looked up at run time
/// because Glibc's module map hides it); elsewhere `sync()`, which is the same promise for every disk.
private func syncFileSystem(_ descriptor: Int32) -> Int32 {
    #if os(Linux)
        typealias SyncFS = @convention(c) (Int32) -> Int32
        if let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "syncfs") {
            return unsafeBitCast(symbol, to: SyncFS.self)(descriptor)
        }
    #endif
    sync()
    return 0
}
