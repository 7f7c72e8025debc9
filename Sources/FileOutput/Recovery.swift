import Foundation

/// Finishes a journaled run one way or the other. Every step is idempotent (it looks at what is on disk
/// before acting), so a run killed while recovering is recovered again by the next one, exactly.
/// Used both at the start of every run (for a journal a killed run left) and by `Transaction` itself.
struct Recovery {
    let root: URL
    let fileSystem: any FileSystem

    private var journalURL: URL { root.appending(path: Journal.fileName) }

    /// The journal left by an interrupted run, if any.
    func pendingJournal() throws -> Journal? {
        switch fileSystem.kind(of: journalURL) {
        case nil:
            return nil
        case .file:
            let data: Data
            do {
                data = try fileSystem.read(journalURL)
            } catch {
                throw FileOutputError.readFailed(Journal.fileName, reason: reason(for: error))
            }
            return try Journal.parse([UInt8](data))
        case .directory, .other:
            throw FileOutputError.corruptJournal(reason: "it is not a regular file")
        }
    }

    /// Repairs what an interrupted run left, before anything else reads the folder.
    func recoverIfNeeded() throws {
        // A journal being replaced when the run died: the complete one (if any) is `fileName`.
        if fileSystem.kind(of: root.appending(path: Journal.stagingName)) == .file {
            try? fileSystem.remove(root.appending(path: Journal.stagingName))
        }
        guard let journal = try pendingJournal() else { return }
        switch journal.phase {
        case .commit:
            try rollForward(journal)
        case .staging, .rollback:
            let unrestored = rollBack(journal)
            guard unrestored.isEmpty else {
                throw FileOutputError.recoveryFailed(
                    root.path(percentEncoded: false),
                    reason: "cannot restore \(unrestored.joined(separator: ", "))"
                )
            }
        }
    }

    func write(_ journal: Journal) throws {
        try fileSystem.writeDurably(
            Data(journal.render()),
            to: journalURL,
            through: root.appending(path: Journal.stagingName)
        )
    }

    /// Completes a committed run: every temp still present is moved into place, every stale file removed.
    func rollForward(_ journal: Journal) throws {
        for step in journal.steps {
            do {
                switch step {
                case .write(let path, let temp, _):
                    if fileSystem.kind(of: url(temp)) == .file { try fileSystem.rename(url(temp), to: url(path)) }
                case .remove(let path, _):
                    if fileSystem.kind(of: url(path)) == .file { try fileSystem.remove(url(path)) }
                }
            } catch {
                throw FileOutputError.recoveryFailed(root.path(percentEncoded: false), reason: reason(for: error))
            }
        }
        finish(journal)
    }

    /// After the last rename: the backups go, then the folders left empty, then (last) the journal.
    func finish(_ journal: Journal) {
        // The renames must be on disk before the journal that could redo them is gone.
        try? fileSystem.synchronize(root)
        for step in journal.steps {
            switch step {
            case .write(_, _, let backup?): try? fileSystem.remove(url(backup))
            case .remove(let path, let backup):
                try? fileSystem.remove(url(backup))
                pruneEmptyParents(of: path)
            case .write: break
            }
        }
        try? fileSystem.remove(journalURL)
    }

    /// Puts back every original and deletes everything the run made. Returns the paths it could not
    /// restore; then their backups and the journal stay, so the next run tries again.
    func rollBack(_ journal: Journal) -> [String] {
        var unrestored: [String] = []
        for step in journal.steps.reversed() {
            do {
                if journal.phase == .staging {
                    // Nothing was renamed yet: originals are in place, scratch files are only ours.
                    for name in step.scratch { try removeIfPresent(name) }
                    continue
                }
                switch step {
                case .write(let path, let temp, let backup):
                    if fileSystem.kind(of: url(temp)) == .file {
                        // Not moved yet: the original (if any) is still in place.
                        try fileSystem.remove(url(temp))
                        if let backup { try removeIfPresent(backup) }
                    } else if let backup {
                        if fileSystem.kind(of: url(backup)) == .file {
                            try fileSystem.rename(url(backup), to: url(path))
                        }
                    } else {
                        try removeIfPresent(path)
                    }
                case .remove(let path, let backup):
                    if fileSystem.kind(of: url(path)) == nil, fileSystem.kind(of: url(backup)) == .file {
                        try fileSystem.rename(url(backup), to: url(path))
                    } else {
                        try removeIfPresent(backup)
                    }
                }
            } catch {
                unrestored.append(step.path)
            }
        }
        // Deepest first; `remove` refuses non-empty folders, which is what we want.
        for directory in journal.createdDirectories.reversed() where fileSystem.kind(of: url(directory)) == .directory {
            try? fileSystem.remove(url(directory))
        }
        if unrestored.isEmpty { try? fileSystem.remove(journalURL) }
        return unrestored.sorted()
    }

    // MARK: - Helpers

    private func url(_ path: String) -> URL { root.appending(path: path) }

    /// Only regular files: a link or folder at a scratch name is not something this tool made.
    private func removeIfPresent(_ path: String) throws {
        if fileSystem.kind(of: url(path)) == .file { try fileSystem.remove(url(path)) }
    }

    /// Removes folders left empty by stale files, up to (not including) the root.
    private func pruneEmptyParents(of path: String) {
        for parent in PathValidation.parents(of: path).reversed() {
            let folder = url(parent)
            guard fileSystem.kind(of: folder) == .directory,
                let entries = try? fileSystem.list(folder), entries.isEmpty,
                (try? fileSystem.remove(folder)) != nil
            else { return }
        }
    }
}
