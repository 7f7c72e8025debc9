import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory `flock` on the output folder itself (no lock file to litter the folder or the
/// repository): exclusive for a write, shared for `check` and `plan`. The kernel drops it when the
/// process dies, so a kill -9 never leaves the folder locked.
final class OutputLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Waits (polling, so an interruption is noticed) until the lock is free or `timeout` passes.
    /// A folder removed or replaced while waiting (a failed first run removes the folder it created)
    /// is looked up again, so the lock is always held on the folder now at `root`.
    /// `create` makes the folder when it is missing (a write); it runs again if the folder vanishes.
    /// `onWait` runs once, when the lock is first found taken.
    static func acquire(
        _ root: URL,
        exclusive: Bool,
        timeout: Double,
        interruption: Interruption,
        onWait: () -> Void = {},
        create: () throws -> Void = {}
    ) throws -> OutputLock {
        let path = root.standardizedFileURL.path(percentEncoded: false)
        let start = Date()
        var waiting = false
        while true {
            try create()
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else {
                let code = errno
                if code == ENOTDIR || code == ELOOP {
                    throw FileOutputError.outputDirectoryUnusable(
                        root.path(percentEncoded: false),
                        reason: "exists but is not a directory"
                    )
                }
                throw FileOutputError.outputDirectoryUnusable(
                    root.path(percentEncoded: false),
                    reason: POSIXFailure("open", code: code).description
                )
            }
            let lock = OutputLock(descriptor: descriptor)
            if flock(descriptor, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0 {
                if lock.isStill(at: path) { return lock }
                continue
            }
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw FileOutputError.outputDirectoryUnusable(
                    root.path(percentEncoded: false),
                    reason: POSIXFailure("flock").description
                )
            }
            if !waiting {
                waiting = true
                onWait()
            }
            if let signal = interruption.pending() { throw FileOutputError.interrupted(signal: signal) }
            let waited = Date().timeIntervalSince(start)
            if waited >= timeout {
                throw FileOutputError.locked(root.path(percentEncoded: false), waitedSeconds: Int(waited))
            }
            usleep(20_000)
        }
    }

    /// Whether the locked folder is still the one at `path`.
    private func isStill(at path: String) -> Bool {
        var held = stat()
        var current = stat()
        guard fstat(descriptor, &held) == 0, lstat(path, &current) == 0 else { return false }
        return held.st_dev == current.st_dev && held.st_ino == current.st_ino
    }
}
