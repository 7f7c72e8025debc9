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
        let path = url.standardizedFileURL.path(percentEncoded: false)
        let prefix = root == "/" ? "/" : root + "/"
        guard path.hasPrefix(prefix) else { return nil }
        let parts = path.dropFirst(prefix.count).split(separator: "/").map(String.init)
        return parts.isEmpty ? nil : parts
    }

    /// Runs `body` with a descriptor of the directory holding `url` and the last component's name.
    /// Outside the root (the root itself, its ancestors) the plain path is used with `AT_FDCWD`.
    func withParent<T>(of url: URL, _ body: (Int32, String) throws -> T) throws -> T {
        guard let parts = components(of: url), let name = parts.last else {
            var path = url.standardizedFileURL.path(percentEncoded: false)
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
