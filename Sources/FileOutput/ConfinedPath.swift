import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Resolves a path inside the output folder one component at a time, from a descriptor of the folder,
/// with `O_NOFOLLOW`: a symbolic link anywhere below the folder (a committed `Generated/evil -> /home`)
/// stops the walk with `ELOOP` instead of leading the writer out. The folder's own path is the user's
/// choice and resolves normally (it may sit under `/tmp -> /private/tmp`).
struct ConfinedPath {
    /// Absolute, without a trailing slash.
    let root: String

    init(root: URL) {
        var path = root.standardizedFileURL.path(percentEncoded: false)
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        self.root = path
    }

    /// The components below the root, or `nil` when `url` is the root itself or outside it.
    func components(of url: URL) -> [String]? {
        let path = Self.standardPath(of: url)
        let prefix = root == "/" ? "/" : root + "/"
        guard path.hasPrefix(prefix) else { return nil }
        let parts = path.utf8.dropFirst(prefix.utf8.count).split(separator: UInt8(ascii: "/")).map {
            String(decoding: $0, as: UTF8.self)
        }
        return parts.isEmpty ? nil : parts
    }

    /// The absolute path without `.` or `..` segments. Standardizing a URL is slow (a third of a no-op
    /// regeneration's writer time), and the writer's own paths, already validated, never need it.
    static func standardPath(of url: URL) -> String {
        let path = url.path(percentEncoded: false)
        return needsStandardizing(path) ? url.standardizedFileURL.path(percentEncoded: false) : path
    }

    private static func needsStandardizing(_ path: String) -> Bool {
        guard path.utf8.first == UInt8(ascii: "/") else { return true }
        var previousSlash = false
        var dotsSinceSlash = 0
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                if previousSlash || dotsSinceSlash > 0 { return true }
                previousSlash = true
            case UInt8(ascii: "."):
                if previousSlash || dotsSinceSlash > 0 { dotsSinceSlash += 1 }
                previousSlash = false
            default:
                previousSlash = false
                dotsSinceSlash = 0
            }
        }
        return dotsSinceSlash > 0 && dotsSinceSlash <= 2
    }

    /// Runs `body` with a descriptor of the directory holding `url` and the last component's name.
    /// Outside the root (the root itself, its ancestors) the plain path is used with `AT_FDCWD`.
    func withParent<T>(of url: URL, _ body: (Int32, String) throws -> T) throws -> T {
        guard let parts = components(of: url), let name = parts.last else {
            var path = Self.standardPath(of: url)
            while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
            return try body(AT_FDCWD, path)
        }
        var directory = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw POSIXFailure("open") }
        defer { close(directory) }
        for part in parts.dropLast() {
            let next = openat(directory, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else {
                // ELOOP: a link; ENOTDIR: a file. Either way nothing below it is ours to touch.
                throw POSIXFailure("open '\(part)'")
            }
            close(directory)
            directory = next
        }
        return try body(directory, name)
    }
}
