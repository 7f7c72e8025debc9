import Foundation

/// Puts rendered files into an output directory safely: only files listed in
/// its `.generated-files` manifest are ever modified or removed, unchanged files
/// keep their modification time, and a failed write leaves the directory as it was.
public struct OutputWriter {
    public let directory: URL
    public let fileSystem: any FileSystem
    /// Allows a first run (no manifest) into a directory that already holds other files.
    /// Those files stay untouched; rendered paths that collide with differing files still fail.
    public let adoptExisting: Bool

    public init(directory: URL, fileSystem: any FileSystem = LocalFileSystem(), adoptExisting: Bool = false) {
        self.directory = directory
        self.fileSystem = fileSystem
        self.adoptExisting = adoptExisting
    }

    /// What `write` would do. Reads only.
    public func plan(_ files: [RenderedFile]) throws -> OutputPlan {
        try resolver.resolve(files).plan
    }

    /// Applies the plan all-or-nothing and returns it.
    @discardableResult
    public func write(_ files: [RenderedFile]) throws -> OutputPlan {
        let resolution = try resolver.resolve(files)
        let nothingToDo = resolution.writes.isEmpty && resolution.plan.removed.isEmpty && resolution.manifestWrite == nil
        if !nothingToDo {
            var transaction = Transaction(root: directory, fileSystem: fileSystem)
            try transaction.apply(resolution)
        }
        return resolution.plan
    }

    var resolver: Resolver {
        Resolver(root: directory, fileSystem: fileSystem, adoptExisting: adoptExisting)
    }
}
