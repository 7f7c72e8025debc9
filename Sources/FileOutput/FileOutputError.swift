import Diagnostics

/// Every failure names the path involved and, where there is one, the OS error,
/// so a single line is enough to act on.
package enum FileOutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A rendered path is unsafe or ambiguous; nothing was touched.
    case invalidPath(String, reason: String)
    /// `.generated-files` holds an entry that could point outside the output directory.
    case corruptManifest(entry: String, reason: String)
    /// The path exists but the generator does not own it (not in the manifest).
    case wouldOverwriteForeignFile(String)
    /// First run (no manifest) into a directory that already holds other files.
    case foreignFilesInOutputDirectory(directory: String, examples: [String], count: Int)
    /// The path cannot be written as a regular file (a directory or special file is in the way).
    case pathConflict(String, reason: String)
    /// The output directory cannot be created, listed or written.
    case outputDirectoryUnusable(String, reason: String)
    case readFailed(String, reason: String)
    /// Staging a temp file failed (e.g. disk full); everything was left as it was.
    case writeFailed(String, reason: String)
    /// Keeping a backup of an original failed; everything was left as it was.
    case backupFailed(String, reason: String)
    /// Moving a new file into place failed; the originals were restored.
    case renameFailed(String, reason: String)
    /// Removing a stale file failed; the originals were restored.
    case removeFailed(String, reason: String)
    /// A commit step failed and restoring some originals failed too; their backups and the journal
    /// were kept, so the next run finishes the rollback.
    case rollbackFailed(cause: String, unrestored: [String])
    /// Another run holds the folder's lock and did not release it in time; nothing was changed.
    case locked(String, waitedSeconds: Int)
    /// SIGINT or SIGTERM arrived; the folder was rolled back to what it held before the run.
    case interrupted(signal: Int32)
    /// `check`: a run was interrupted here and the next write will repair it.
    case interruptedRun(String)
    /// `.generated-files.journal` cannot be trusted; nothing was changed.
    case corruptJournal(reason: String)
    /// The interrupted run could not be finished or undone; the journal was kept for the next try.
    case recoveryFailed(String, reason: String)

    /// Paths come from the spec and from files on disk (a tampered manifest), so controls are escaped.
    package var description: String { TerminalText.escapingControls(unescapedDescription) }

    private var unescapedDescription: String {
        switch self {
        case .invalidPath(let path, let reason):
            return "invalid output path '\(path)': \(reason)"
        case .corruptManifest(let entry, let reason):
            return "corrupt \(OwnershipManifest.fileName): entry '\(entry)' \(reason); fix or delete the manifest"
        case .wouldOverwriteForeignFile(let path):
            return
                "refusing to overwrite '\(path)': it exists but was not written by the generator (not listed in \(OwnershipManifest.fileName))"
        case .foreignFilesInOutputDirectory(let directory, let examples, let count):
            let shown = examples.map { "'\($0)'" }.joined(separator: ", ")
            let more = count > examples.count ? " and \(count - examples.count) more" : ""
            return
                "output directory '\(directory)' has no \(OwnershipManifest.fileName) but already contains \(count) file(s): \(shown)\(more); empty it or enable adoptExisting"
        case .pathConflict(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .outputDirectoryUnusable(let directory, let reason):
            return "output directory '\(directory)' is unusable: \(reason)"
        case .readFailed(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .writeFailed(let path, let reason):
            return "cannot write '\(path)': \(reason); nothing was changed"
        case .backupFailed(let path, let reason):
            return "cannot back up '\(path)': \(reason); nothing was changed"
        case .renameFailed, .removeFailed:
            return "\(headline); previous files were restored"
        case .rollbackFailed(let cause, let unrestored):
            return
                "\(cause), and rollback could not restore \(unrestored.joined(separator: ", ")) (backups kept next to them as .<name>.bak-*; the next run restores them)"
        case .locked(let directory, let waited):
            return "another generate run is writing '\(directory)' (waited \(waited) s); nothing was changed"
        case .interrupted(let signal):
            return "interrupted by \(signalName(signal)); the output folder holds what it held before the run"
        case .interruptedRun(let directory):
            return "'\(directory)' holds an interrupted run (\(Journal.fileName)); run generate to finish it"
        case .corruptJournal(let reason):
            return
                "corrupt \(Journal.fileName): \(reason); nothing was changed (restore the folder from version control and delete the journal)"
        case .recoveryFailed(let directory, let reason):
            return
                "cannot finish the interrupted run in '\(directory)': \(reason); \(Journal.fileName) is kept for the next run"
        }
    }

    /// The failure itself, without what happened afterwards (used inside `rollbackFailed`).
    var headline: String {
        switch self {
        case .renameFailed(let path, let reason): return "cannot move new '\(path)' into place: \(reason)"
        case .removeFailed(let path, let reason): return "cannot remove stale '\(path)': \(reason)"
        default: return description
        }
    }
}

private func signalName(_ signal: Int32) -> String {
    switch signal {
    case 2: return "SIGINT"
    case 15: return "SIGTERM"
    default: return "signal \(signal)"
    }
}
