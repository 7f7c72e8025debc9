import Foundation

/// Puts rendered files into an output directory safely: only files listed in its `.generated-files`
/// manifest are ever modified or removed, unchanged files keep their modification time, no path below
/// the folder is resolved through a symbolic link, and a run holds the folder's lock from its first
/// look to its last change. A failed or interrupted write leaves the directory as it was; a killed one
/// leaves a journal that the next run (which repairs before anything else) finishes exactly.
package struct OutputWriter {
    package let directory: URL
    package let fileSystem: any FileSystem
    /// Allows a first run (no manifest) into a directory that already holds other files.
    /// Those files stay untouched; rendered paths that collide with differing files still fail.
    package let adoptExisting: Bool
    /// Asked between steps; `.signals` stops on SIGINT/SIGTERM once `SignalTrap.install()` ran.
    package var interruption: Interruption = .signals
    /// How long a run waits for another run on the same folder before failing with one line.
    package var lockTimeout: Double = 300
    /// Called once if another run holds the folder, so a command can say why it pauses.
    package var onWait: () -> Void = {}

    package init(directory: URL, fileSystem: any FileSystem = LocalFileSystem(), adoptExisting: Bool = false) {
        self.directory = directory
        self.fileSystem = fileSystem.confined(to: directory)
        self.adoptExisting = adoptExisting
    }

    /// What `write` would do. Reads only.
    package func plan(_ files: [RenderedFile]) throws -> OutputPlan {
        try reading { try resolver.resolve(files).plan }
    }

    /// Applies the plan all-or-nothing and returns it.
    @discardableResult
    package func write(_ files: [RenderedFile]) throws -> OutputPlan {
        // Before anything is created: a bad path must not even make the folder.
        try PathValidation.validate(files.map(\.path))
        var created: [URL] = []
        // Released last, after a failed first run removed its folder: a waiting run then looks again.
        var lock: OutputLock?
        defer { withExtendedLifetime(lock) {} }
        do {
            lock = try OutputLock.acquire(
                directory,
                exclusive: true,
                timeout: lockTimeout,
                interruption: interruption,
                onWait: onWait
            ) {
                if fileSystem.kind(of: directory) == nil { created += try createDirectoryChain() }
            }
            try Recovery(root: directory, fileSystem: fileSystem).recoverIfNeeded()
            let resolution = try resolver.resolve(files)
            if !(resolution.writes.isEmpty && resolution.plan.removed.isEmpty && resolution.manifestWrite == nil) {
                var transaction = Transaction(root: directory, fileSystem: fileSystem, interruption: interruption)
                try transaction.apply(resolution)
            }
            return resolution.plan
        } catch {
            // A failed first run leaves no folder behind; `remove` refuses non-empty ones.
            for folder in created.reversed() { try? fileSystem.remove(folder) }
            throw error
        }
    }

    var resolver: Resolver {
        Resolver(root: directory, fileSystem: fileSystem, adoptExisting: adoptExisting)
    }

    /// Runs a read-only `body` under a shared lock, so it never sees a run half-committed.
    /// A missing folder needs no lock: `body` reports everything as missing.
    func reading<T>(_ body: () throws -> T) throws -> T {
        guard fileSystem.kind(of: directory) == .directory else { return try body() }
        let lock = try OutputLock.acquire(
            directory,
            exclusive: false,
            timeout: lockTimeout,
            interruption: interruption,
            onWait: onWait
        )
        return try withExtendedLifetime(lock) { try body() }
    }

    /// Creates the folder and any missing ancestors; returns them, parents first, so a failure removes exactly those.
    private func createDirectoryChain() throws -> [URL] {
        var missing: [URL] = []
        var current = directory.standardizedFileURL
        while fileSystem.kind(of: current) == nil {
            missing.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path(percentEncoded: false) == current.path(percentEncoded: false) { break }
            current = parent
        }
        var created: [URL] = []
        for folder in missing.reversed() {
            do {
                try fileSystem.createDirectory(folder)
            } catch  where fileSystem.kind(of: folder) == .directory {
                // A concurrent run made it first: use it, and leave its removal to that run.
                continue
            } catch {
                for made in created.reversed() { try? fileSystem.remove(made) }
                throw FileOutputError.outputDirectoryUnusable(
                    directory.path(percentEncoded: false),
                    reason: "cannot create it: \(reason(for: error))"
                )
            }
            created.append(folder)
        }
        return created
    }
}
