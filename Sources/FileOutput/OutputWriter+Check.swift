import Foundation

extension OutputWriter {
    /// Lists what is out of date, for CI ("did someone forget to regenerate?").
    /// Writes nothing. Ownership errors are thrown as by `write`, so an empty
    /// result means `write` would change nothing.
    /// An interrupted run (a journal left by a kill) is reported as `interruptedRun`: the folder may
    /// hold a mix until the next write repairs it.
    package func check(_ files: [RenderedFile], maxDiffLines: Int = 40) throws -> [StaleFile] {
        try reading { try staleFiles(files, maxDiffLines: maxDiffLines) }
    }

    private func staleFiles(_ files: [RenderedFile], maxDiffLines: Int) throws -> [StaleFile] {
        let recovery = Recovery(root: directory, fileSystem: fileSystem)
        if fileSystem.kind(of: directory) == .directory, try recovery.pendingJournal() != nil {
            throw FileOutputError.interruptedRun(directory.path(percentEncoded: false))
        }
        let resolver = self.resolver
        let resolution = try resolver.resolve(files)
        let rendered = Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
        var stale: [StaleFile] = []

        func diff(_ path: String, old: [UInt8], new: [UInt8], oldName: String, newName: String) -> String {
            guard let oldText = String(bytes: old, encoding: .utf8) else { return "Binary file '\(path)' differs\n" }
            return LineDiff.unified(
                old: oldText,
                new: String(decoding: new, as: UTF8.self),
                oldName: oldName,
                newName: newName,
                maxLines: maxDiffLines
            )
        }

        for path in resolution.plan.added {
            let new = rendered[path] ?? []
            stale.append(
                StaleFile(
                    path: path,
                    kind: .missing,
                    diff: diff(path, old: [], new: new, oldName: "/dev/null", newName: "b/\(path)")
                )
            )
        }
        for path in resolution.plan.changed {
            let old = resolution.previousContents[path] ?? []
            stale.append(
                StaleFile(
                    path: path,
                    kind: .changed,
                    diff: diff(path, old: old, new: rendered[path] ?? [], oldName: "a/\(path)", newName: "b/\(path)")
                )
            )
        }
        for path in resolution.plan.removed {
            let old = try resolver.read(path)
            stale.append(
                StaleFile(
                    path: path,
                    kind: .extra,
                    diff: diff(path, old: old, new: [], oldName: "a/\(path)", newName: "/dev/null")
                )
            )
        }
        // A missing or outdated manifest also means `write` is not a no-op.
        if let manifest = resolution.manifestWrite {
            let old = manifest.replacesExisting ? try resolver.read(OwnershipManifest.fileName) : []
            stale.append(
                StaleFile(
                    path: OwnershipManifest.fileName,
                    kind: manifest.replacesExisting ? .changed : .missing,
                    diff: diff(
                        OwnershipManifest.fileName,
                        old: old,
                        new: manifest.data,
                        oldName: manifest.replacesExisting ? "a/\(OwnershipManifest.fileName)" : "/dev/null",
                        newName: "b/\(OwnershipManifest.fileName)"
                    )
                )
            )
        }
        return stale.sorted { $0.path < $1.path }
    }
}
