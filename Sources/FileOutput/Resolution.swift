import Foundation

/// Everything `write` and `check` need, computed by reading only.
struct Resolution {
    struct PendingWrite {
        var path: String
        var data: [UInt8]
        /// An original exists and must be backed up before it is replaced.
        var replacesExisting: Bool
    }

    var plan = OutputPlan()
    /// Added and changed files, sorted by path.
    var writes: [PendingWrite] = []
    /// Current contents of changed files, kept for diffs.
    var previousContents: [String: [UInt8]] = [:]
    /// Set when the manifest on disk differs from the one this run would write.
    var manifestWrite: PendingWrite?
    var directoryExists = false
}

/// Decides, per rendered file, whether it is added, changed or unchanged,
/// and which owned files went stale, enforcing the ownership rules.
struct Resolver {
    var root: URL
    var fileSystem: any FileSystem
    var adoptExisting: Bool

    private var rootName: String { root.path(percentEncoded: false) }

    func resolve(_ files: [RenderedFile]) throws -> Resolution {
        try PathValidation.validate(files.map(\.path))
        var result = Resolution()
        let rendered = files.sorted { $0.path < $1.path }
        let manifestData = OwnershipManifest.render(rendered.map(\.path))

        switch fileSystem.kind(of: root) {
        case nil:
            // Nothing on disk yet: everything is new.
            result.directoryExists = false
            result.plan.added = rendered.map(\.path)
            result.writes = rendered.map { .init(path: $0.path, data: $0.data, replacesExisting: false) }
            result.manifestWrite = .init(path: OwnershipManifest.fileName, data: manifestData, replacesExisting: false)
            return result
        case .directory:
            result.directoryExists = true
        case .file, .other:
            throw FileOutputError.outputDirectoryUnusable(rootName, reason: "exists but is not a directory")
        }
        do {
            _ = try fileSystem.list(root)
        } catch {
            throw FileOutputError.outputDirectoryUnusable(rootName, reason: reason(for: error))
        }

        let manifest = try readManifest()
        let owned = manifest?.entries ?? []
        var identical = Set<String>()
        var foreignCollisions: [String] = []

        var knownDirectories = Set<String>()
        for file in rendered {
            try checkParents(of: file.path, knownDirectories: &knownDirectories)
            let url = root.appending(path: file.path)
            let data = file.data
            switch fileSystem.kind(of: url) {
            case nil:
                result.plan.added.append(file.path)
                result.writes.append(.init(path: file.path, data: data, replacesExisting: false))
            case .directory:
                throw FileOutputError.pathConflict(file.path, reason: "a directory exists at that path")
            case .other:
                guard owned.contains(file.path) else {
                    foreignCollisions.append(file.path)
                    continue
                }
                throw FileOutputError.pathConflict(
                    file.path,
                    reason: "not a regular file (symbolic link or special file)"
                )
            case .file:
                let existing = try read(file.path)
                let same = Self.sameBytes(existing, data)
                if same { identical.insert(file.path) }
                // Without a manifest, a byte-identical file is safe to adopt: adopting changes nothing.
                guard owned.contains(file.path) || (manifest == nil && same) else {
                    foreignCollisions.append(file.path)
                    continue
                }
                if same {
                    result.plan.unchanged.append(file.path)
                } else {
                    result.plan.changed.append(file.path)
                    result.previousContents[file.path] = existing
                    result.writes.append(.init(path: file.path, data: data, replacesExisting: true))
                }
            }
        }

        if manifest == nil && !adoptExisting {
            // First run into a non-empty directory: most likely the wrong directory, so refuse.
            let foreign = try allFiles().filter { !identical.contains($0) }
            if !foreign.isEmpty {
                throw FileOutputError.foreignFilesInOutputDirectory(
                    directory: rootName,
                    examples: Array(foreign.prefix(5)),
                    count: foreign.count
                )
            }
        }
        if let collision = foreignCollisions.first {
            throw FileOutputError.wouldOverwriteForeignFile(collision)
        }

        let renderedKeys = Set(rendered.map { $0.path.lowercased() })
        for path in owned.sorted() where !renderedKeys.contains(path.lowercased()) {
            // Skipping case-only renames avoids deleting, on macOS, the file just written.
            if try isRemovable(path) { result.plan.removed.append(path) }
        }

        if manifest?.data != manifestData {
            result.manifestWrite = .init(
                path: OwnershipManifest.fileName,
                data: manifestData,
                replacesExisting: manifest != nil
            )
        }
        return result
    }

    /// memcmp: Array's `==` compared byte by byte, 5 % of a regeneration that changes nothing.
    static func sameBytes(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        guard first.count == second.count else { return false }
        return first.withUnsafeBytes { left in
            second.withUnsafeBytes { right in
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
                return memcmp(leftBase, rightBase, left.count) == 0
            }
        }
    }

    func read(_ path: String) throws -> [UInt8] {
        do {
            // Through the raw buffer: one copy, where converting Data as a Sequence went byte by byte.
            return try fileSystem.read(root.appending(path: path)).withUnsafeBytes { [UInt8]($0) }
        } catch {
            throw FileOutputError.readFailed(path, reason: reason(for: error))
        }
    }

    private func readManifest() throws -> (data: [UInt8], entries: Set<String>)? {
        switch fileSystem.kind(of: root.appending(path: OwnershipManifest.fileName)) {
        case nil:
            return nil
        case .file:
            let data = try read(OwnershipManifest.fileName)
            return (data, try OwnershipManifest.parse(data))
        case .directory, .other:
            throw FileOutputError.pathConflict(OwnershipManifest.fileName, reason: "the manifest is not a regular file")
        }
    }

    /// Whether a stale manifest entry names a regular file reached through real folders only. A line
    /// that passes a symbolic link or names a link, folder or device is an error, not a skip: it is
    /// how a hostile repository would point a removal outside the folder.
    private func isRemovable(_ path: String) throws -> Bool {
        for parent in PathValidation.parents(of: path) {
            switch fileSystem.kind(of: root.appending(path: parent)) {
            case .directory: continue
            case nil, .file: return false
            case .other:
                throw FileOutputError.corruptManifest(
                    entry: path,
                    reason: "passes through '\(parent)', which is a symbolic link or special file"
                )
            }
        }
        switch fileSystem.kind(of: root.appending(path: path)) {
        case .file: return true
        case nil: return false
        case .directory:
            throw FileOutputError.corruptManifest(entry: path, reason: "is a directory, not a regular file")
        case .other:
            throw FileOutputError.corruptManifest(
                entry: path,
                reason: "is a symbolic link or special file, not a regular file"
            )
        }
    }

    /// A file where a parent directory should be would make the write fail halfway.
    private func checkParents(of path: String, knownDirectories: inout Set<String>) throws {
        for parent in PathValidation.parents(of: path) where !knownDirectories.contains(parent) {
            switch fileSystem.kind(of: root.appending(path: parent)) {
            case .directory: knownDirectories.insert(parent)
            case nil: return
            case .file, .other:
                throw FileOutputError.pathConflict(path, reason: "'\(parent)' exists and is not a directory")
            }
        }
    }

    /// Every non-directory entry under the root, relative and sorted; links are not followed.
    private func allFiles() throws -> [String] {
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let url = relative.isEmpty ? root : root.appending(path: relative)
            let names: [String]
            do {
                names = try fileSystem.list(url)
            } catch {
                throw FileOutputError.readFailed(relative.isEmpty ? rootName : relative, reason: reason(for: error))
            }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                if fileSystem.kind(of: root.appending(path: child)) == .directory {
                    pending.append(child)
                } else {
                    found.append(child)
                }
            }
        }
        return found.sorted()
    }
}
