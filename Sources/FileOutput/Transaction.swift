import Foundation

/// Applies a resolution all-or-nothing:
/// 1. stage every new file as a temp next to its destination (a failure here changes nothing);
/// 2. back up originals that will be replaced or removed (hard links, so cheap);
/// 3. rename temps into place, remove stale files, manifest last;
///    if any step fails, undo the steps done so far from the backups.
struct Transaction {
    private enum Step {
        case added(URL)
        case replaced(URL, backup: URL)
        case removed(URL, backup: URL)
    }

    private let root: URL
    private let fileSystem: any FileSystem
    private var createdDirectories: [URL] = []
    /// Relative directories known to exist, so each is checked once rather than once per file.
    private var readyDirectories: Set<String> = []
    private var temps: [(temp: URL, destination: URL, path: String)] = []
    private var backups: [URL: URL] = [:]
    private var done: [Step] = []
    /// One random draw per run (not per file: each draw is a syscall); the counter keeps sibling names unique.
    private let runID = String(UInt64.random(in: .min ... .max), radix: 16)
    private var siblingCount = 0

    init(root: URL, fileSystem: any FileSystem) {
        self.root = root
        self.fileSystem = fileSystem
    }

    mutating func apply(_ resolution: Resolution) throws {
        let writes = resolution.writes + (resolution.manifestWrite.map { [$0] } ?? [])
        do {
            try prepare(writes, removing: resolution.plan.removed, createRoot: !resolution.directoryExists)
        } catch {
            discardStaging()
            throw error
        }

        // Temps are in `writes` order, so the manifest is moved into place last.
        let manifestCount = resolution.manifestWrite == nil ? 0 : 1
        for temp in temps.dropLast(manifestCount) { try commitRename(temp) }
        for path in resolution.plan.removed { try commitRemoval(path) }
        for temp in temps.suffix(manifestCount) { try commitRename(temp) }

        // Committed: backups are no longer needed. Failing to delete one only leaves litter.
        for backup in backups.values { try? fileSystem.remove(backup) }
        for path in resolution.plan.removed { pruneEmptyParents(of: path) }
    }

    // MARK: - Preparation (changes nothing visible; undone by `discardStaging`)

    private mutating func prepare(_ writes: [Resolution.PendingWrite], removing removed: [String], createRoot: Bool) throws {
        let rootName = root.path(percentEncoded: false)
        if createRoot {
            do {
                try createDirectoryChain(root)
            } catch {
                throw FileOutputError.outputDirectoryUnusable(rootName, reason: "cannot create it: \(reason(for: error))")
            }
        }
        if !writes.isEmpty && !fileSystem.isWritableDirectory(root) {
            throw FileOutputError.outputDirectoryUnusable(rootName, reason: "not writable")
        }
        try stage(writes)

        for path in writes.filter(\.replacesExisting).map(\.path) + removed {
            let original = root.appending(path: path)
            let backup = nextSibling(of: path, tag: "bak")
            do {
                try fileSystem.linkOrCopy(original, to: backup)
            } catch {
                try? fileSystem.remove(backup)
                throw FileOutputError.backupFailed(path, reason: reason(for: error))
            }
            backups[original] = backup
        }
    }

    /// Writes every new file as a temp next to its destination: directories first, then the files as one batch.
    private mutating func stage(_ writes: [Resolution.PendingWrite]) throws {
        for write in writes {
            guard let parent = PathValidation.parents(of: write.path).last, !readyDirectories.contains(parent) else { continue }
            do {
                try createDirectoryChain(root.appending(path: parent))
            } catch {
                throw FileOutputError.writeFailed(write.path, reason: "cannot create directory '\(parent)': \(reason(for: error))")
            }
            readyDirectories.insert(parent)
        }
        let staged = writes.map { write in
            (temp: nextSibling(of: write.path, tag: "tmp"), destination: root.appending(path: write.path), path: write.path)
        }
        let failures = fileSystem.writeNew(zip(writes, staged).map { NewFile(data: Data($0.data), url: $1.temp) })
        var firstFailure: FileOutputError?
        for (entry, failure) in zip(staged, failures) {
            if let failure {
                // A failed write may still have left a partial file.
                try? fileSystem.remove(entry.temp)
                firstFailure = firstFailure ?? .writeFailed(entry.path, reason: reason(for: failure))
            } else {
                temps.append(entry)
            }
        }
        if let firstFailure { throw firstFailure }
    }

    /// Creates `url` and any missing ancestors, remembering them so a rollback removes exactly those.
    private mutating func createDirectoryChain(_ url: URL) throws {
        var missing: [URL] = []
        var current = url
        while fileSystem.kind(of: current) == nil {
            missing.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path(percentEncoded: false) == current.path(percentEncoded: false) { break }
            current = parent
        }
        for directory in missing.reversed() {
            try fileSystem.createDirectory(directory)
            createdDirectories.append(directory)
        }
    }

    /// Removes temps, backups and directories made by this run; nothing else was touched yet.
    private mutating func discardStaging() {
        for temp in temps { try? fileSystem.remove(temp.temp) }
        temps.removeAll()
        for backup in backups.values { try? fileSystem.remove(backup) }
        backups.removeAll()
        // Deepest first; `remove` refuses non-empty directories, which is what we want.
        for directory in createdDirectories.reversed() { try? fileSystem.remove(directory) }
        createdDirectories.removeAll()
    }

    // MARK: - Commit

    private mutating func commitRename(_ temp: (temp: URL, destination: URL, path: String)) throws {
        do {
            try fileSystem.rename(temp.temp, to: temp.destination)
        } catch {
            try rollBack(cause: .renameFailed(temp.path, reason: reason(for: error)))
        }
        if let backup = backups[temp.destination] {
            done.append(.replaced(temp.destination, backup: backup))
        } else {
            done.append(.added(temp.destination))
        }
    }

    private mutating func commitRemoval(_ path: String) throws {
        let url = root.appending(path: path)
        do {
            try fileSystem.remove(url)
        } catch {
            try rollBack(cause: .removeFailed(path, reason: reason(for: error)))
        }
        if let backup = backups[url] { done.append(.removed(url, backup: backup)) }
    }

    /// Undoes committed steps newest first, then discards the staging. Always throws.
    private mutating func rollBack(cause: FileOutputError) throws -> Never {
        var unrestored: [String] = []
        for step in done.reversed() {
            do {
                switch step {
                case let .added(url):
                    try fileSystem.remove(url)
                case let .replaced(url, backup), let .removed(url, backup):
                    try fileSystem.rename(backup, to: url)
                    backups[url] = nil
                }
            } catch {
                switch step {
                case let .added(url):
                    unrestored.append(relative(url))
                case let .replaced(url, _), let .removed(url, _):
                    unrestored.append(relative(url))
                    // Forget the backup so `discardStaging` keeps it: it is the only copy left.
                    backups[url] = nil
                }
            }
        }
        done.removeAll()
        discardStaging()
        guard unrestored.isEmpty else {
            throw FileOutputError.rollbackFailed(cause: cause.headline, unrestored: unrestored.sorted())
        }
        throw cause
    }

    // MARK: - Helpers

    /// `.<name>.<tag>-<run>-<n>` in the directory of the relative `path`, so `rename` stays on one file system.
    /// Built as a string: three URL operations per file cost more than writing it.
    private mutating func nextSibling(of path: String, tag: String) -> URL {
        siblingCount += 1
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return root.appending(path: "\(directory).\(name).\(tag)-\(runID)-\(siblingCount)")
    }

    private func relative(_ url: URL) -> String {
        let full = url.path(percentEncoded: false)
        let base = root.path(percentEncoded: false)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }

    /// Removes directories left empty by stale files, up to (not including) the root.
    private func pruneEmptyParents(of path: String) {
        for parent in PathValidation.parents(of: path).reversed() {
            let url = root.appending(path: parent)
            guard fileSystem.kind(of: url) == .directory,
                  let entries = try? fileSystem.list(url), entries.isEmpty,
                  (try? fileSystem.remove(url)) != nil
            else { return }
        }
    }
}
