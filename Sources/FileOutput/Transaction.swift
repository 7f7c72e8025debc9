import Foundation

/// Applies a resolution all-or-nothing, journaled so that a kill at any instant is repaired exactly:
/// 1. the journal (phase `staging`) names every folder, temp and backup the run will create;
/// 2. new files are staged as temps next to their destinations, originals backed up as hard links
///    (a failure here deletes them; nothing visible changed);
/// 3. everything is flushed, and the journal turns to `commit`: from here a killed run is rolled forward;
/// 4. temps are renamed into place, stale files removed, the manifest last;
///    a failure or SIGINT/SIGTERM turns the journal to `rollback` and undoes the steps done so far;
/// 5. backups, emptied folders and finally the journal are removed.
struct Transaction {
    private let root: URL
    private let fileSystem: any FileSystem
    private let interruption: Interruption
    private var recovery: Recovery { Recovery(root: root, fileSystem: fileSystem) }
    /// One random draw per run (not per file: each draw is a syscall); the counter keeps sibling names unique.
    private let runID = String(UInt64.random(in: .min ... .max), radix: 16)
    private var siblingCount = 0

    init(root: URL, fileSystem: any FileSystem, interruption: Interruption) {
        self.root = root
        self.fileSystem = fileSystem
        self.interruption = interruption
    }

    mutating func apply(_ resolution: Resolution) throws {
        let writes = resolution.writes + (resolution.manifestWrite.map { [$0] } ?? [])
        if !writes.isEmpty && !fileSystem.isWritableDirectory(root) {
            throw FileOutputError.outputDirectoryUnusable(root.path(percentEncoded: false), reason: "not writable")
        }
        var journal = plan(writes, removing: resolution.plan.removed)
        do {
            try recovery.write(journal)
        } catch {
            throw FileOutputError.writeFailed(Journal.fileName, reason: reason(for: error))
        }

        do {
            try stage(writes, journal: journal)
            try stopIfInterrupted()
            try fileSystem.synchronize(root)
            journal.phase = .commit
            try recovery.write(journal)
        } catch {
            // Still `staging` on disk (or `commit` with every temp complete, if only the sync failed after it).
            journal.phase = .staging
            _ = recovery.rollBack(journal)
            throw error as? FileOutputError ?? .writeFailed(Journal.fileName, reason: reason(for: error))
        }

        for step in journal.steps {
            do {
                try stopIfInterrupted()
                switch step {
                case .write(let path, let temp, _):
                    do {
                        try fileSystem.rename(url(temp), to: url(path))
                    } catch {
                        throw FileOutputError.renameFailed(path, reason: reason(for: error))
                    }
                case .remove(let path, _):
                    do {
                        try fileSystem.remove(url(path))
                    } catch {
                        throw FileOutputError.removeFailed(path, reason: reason(for: error))
                    }
                }
            } catch let cause as FileOutputError {
                try rollBack(journal, cause: cause)
            }
        }
        recovery.finish(journal)
    }

    // MARK: - Preparation

    /// Names every scratch file and new folder before any exists, in commit order (manifest last).
    private mutating func plan(_ writes: [Resolution.PendingWrite], removing removed: [String]) -> Journal {
        var journal = Journal(phase: .staging, createdDirectories: [], steps: [])
        var known = Set<String>()
        for write in writes {
            for parent in PathValidation.parents(of: write.path) where !known.contains(parent) {
                known.insert(parent)
                if fileSystem.kind(of: url(parent)) == nil { journal.createdDirectories.append(parent) }
            }
        }
        let manifestCount = writes.last?.path == OwnershipManifest.fileName ? 1 : 0
        for write in writes.dropLast(manifestCount) { journal.steps.append(step(for: write)) }
        for path in removed { journal.steps.append(.remove(path: path, backup: nextSibling(of: path, tag: "bak"))) }
        for write in writes.suffix(manifestCount) { journal.steps.append(step(for: write)) }
        return journal
    }

    private mutating func step(for write: Resolution.PendingWrite) -> Journal.Step {
        .write(
            path: write.path,
            temp: nextSibling(of: write.path, tag: "tmp"),
            backup: write.replacesExisting ? nextSibling(of: write.path, tag: "bak") : nil
        )
    }

    /// Folders first, then every temp as one batch, then the backups.
    private func stage(_ writes: [Resolution.PendingWrite], journal: Journal) throws {
        for directory in journal.createdDirectories {
            do {
                try fileSystem.createDirectory(url(directory))
            } catch {
                let path = writes.first { $0.path.hasPrefix(directory + "/") }?.path ?? directory
                throw FileOutputError.writeFailed(
                    path,
                    reason: "cannot create directory '\(directory)': \(reason(for: error))"
                )
            }
        }
        let data = Dictionary(writes.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
        var staged: [(path: String, file: NewFile)] = []
        for case .write(let path, let temp, _) in journal.steps {
            staged.append((path, NewFile(data: Data(data[path] ?? []), url: url(temp))))
        }
        let failures = fileSystem.writeNew(staged.map(\.file))
        if let index = failures.firstIndex(where: { $0 != nil }), let failure = failures[index] {
            throw FileOutputError.writeFailed(staged[index].path, reason: reason(for: failure))
        }
        for step in journal.steps {
            let original: String
            let backup: String
            switch step {
            case .write(let path, _, let saved?): (original, backup) = (path, saved)
            case .remove(let path, let saved): (original, backup) = (path, saved)
            case .write: continue
            }
            do {
                try fileSystem.linkOrCopy(url(original), to: url(backup))
            } catch {
                throw FileOutputError.backupFailed(original, reason: reason(for: error))
            }
        }
    }

    // MARK: - Commit

    private func stopIfInterrupted() throws {
        if let signal = interruption.pending() { throw FileOutputError.interrupted(signal: signal) }
    }

    /// Undoes the committed steps from the backups, then throws `cause` (or what could not be undone).
    private func rollBack(_ journal: Journal, cause: FileOutputError) throws -> Never {
        var undoing = journal
        undoing.phase = .rollback
        // If this fails the disk still says `commit`, and the next run rolls forward: still exact.
        try? recovery.write(undoing)
        let unrestored = recovery.rollBack(undoing)
        guard unrestored.isEmpty else {
            throw FileOutputError.rollbackFailed(cause: cause.headline, unrestored: unrestored)
        }
        throw cause
    }

    // MARK: - Helpers

    private func url(_ path: String) -> URL { root.appending(path: path) }

    /// `.<name>.<tag>-<run>-<n>` in the directory of `path`, so `rename` stays on one file system.
    private mutating func nextSibling(of path: String, tag: String) -> String {
        siblingCount += 1
        return Journal.siblingPrefix(of: path, tag: tag) + "\(runID)-\(siblingCount)"
    }
}
