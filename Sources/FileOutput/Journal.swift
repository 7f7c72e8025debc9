/// `.generated-files.journal`: every name a run will create or move, written (durably, by rename) before
/// the first of them exists. A run killed at any instant leaves either no journal and nothing of its
/// own, or a journal that names all its temp and backup files and says which way to finish:
/// - `staging`: nothing visible changed yet; the next run deletes the temps, backups and new folders;
/// - `commit`: every temp is complete and on disk; the next run finishes the renames (roll forward);
/// - `rollback`: the run failed or was interrupted while committing; the next run finishes undoing it.
struct Journal: Equatable {
    enum Phase: String {
        case staging, commit, rollback
    }

    enum Step: Equatable {
        /// `temp` becomes `path`; `backup` is a hard link to the original when one is replaced.
        case write(path: String, temp: String, backup: String?)
        /// `path` is deleted; `backup` is a hard link to it.
        case remove(path: String, backup: String)

        var path: String {
            switch self {
            case .write(let path, _, _), .remove(let path, _): return path
            }
        }

        /// The temp and backup names this step creates.
        var scratch: [String] {
            switch self {
            case .write(_, let temp, let backup): return [temp] + (backup.map { [$0] } ?? [])
            case .remove(_, let backup): return [backup]
            }
        }
    }

    static let fileName = ".generated-files.journal"
    /// The next journal is written here, then renamed over `fileName`.
    static let stagingName = ".generated-files.journal.tmp"
    private static let header = "generated-files journal 1"

    var phase: Phase
    /// Folders this run creates, parents first.
    var createdDirectories: [String]
    /// In commit order; the manifest is the last write.
    var steps: [Step]

    func render() -> [UInt8] {
        var lines = [Self.header, "phase \(phase.rawValue)"]
        lines += createdDirectories.map { "dir \($0)" }
        for step in steps {
            switch step {
            case .write(let path, let temp, let backup): lines.append("write \(path)\t\(temp)\t\(backup ?? "-")")
            case .remove(let path, let backup): lines.append("remove \(path)\t\(backup)")
            }
        }
        return Array(lines.map { $0 + "\n" }.joined().utf8)
    }

    /// Every name is checked like a manifest entry, and every temp or backup must be a sibling named after
    /// its file: a journal committed into a repository cannot make a run rename or delete anything else.
    static func parse(_ data: [UInt8]) throws -> Journal {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines.first == Substring(header), lines.last == "" else {
            throw FileOutputError.corruptJournal(reason: "unknown format")
        }
        guard let phaseLine = lines.dropFirst().first, phaseLine.hasPrefix("phase "),
            let phase = Phase(rawValue: String(phaseLine.dropFirst(6)))
        else { throw FileOutputError.corruptJournal(reason: "no phase") }
        var journal = Journal(phase: phase, createdDirectories: [], steps: [])
        for line in lines.dropFirst(2).dropLast() {
            let (keyword, rest) = split(line)
            let fields = rest.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (keyword, fields.count) {
            case ("dir", 1):
                try checkName(fields[0])
                journal.createdDirectories.append(fields[0])
            case ("write", 3):
                let backup = fields[2] == "-" ? nil : fields[2]
                try checkSiblings(of: fields[0], [(fields[1], "tmp")] + (backup.map { [($0, "bak")] } ?? []))
                journal.steps.append(.write(path: fields[0], temp: fields[1], backup: backup))
            case ("remove", 2):
                try checkSiblings(of: fields[0], [(fields[1], "bak")])
                journal.steps.append(.remove(path: fields[0], backup: fields[1]))
            default:
                throw FileOutputError.corruptJournal(reason: "unreadable line '\(line.prefix(80))'")
            }
        }
        return journal
    }

    /// `.<name>.<tag>-` in the directory of `path`: the shape `Transaction` gives its scratch files.
    static func siblingPrefix(of path: String, tag: String) -> String {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return "\(directory).\(name).\(tag)-"
    }

    private static func split(_ line: Substring) -> (Substring, Substring) {
        guard let space = line.firstIndex(of: " ") else { return (line, "") }
        return (line[..<space], line[line.index(after: space)...])
    }

    private static func checkName(_ path: String) throws {
        // The manifest is a step like any file; only the journal's own names are off limits.
        let journalName = [Journal.fileName.lowercased(), Journal.stagingName.lowercased()].contains(path.lowercased())
        if let problem = PathValidation.problem(with: path) ?? (journalName ? "is reserved for the journal" : nil) {
            throw FileOutputError.corruptJournal(reason: "'\(path)' \(problem)")
        }
    }

    private static func checkSiblings(of path: String, _ scratch: [(name: String, tag: String)]) throws {
        try checkName(path)
        for (name, tag) in scratch {
            try checkName(name)
            let prefix = siblingPrefix(of: path, tag: tag)
            guard name.hasPrefix(prefix), name.count > prefix.count, !name.dropFirst(prefix.count).contains("/") else {
                throw FileOutputError.corruptJournal(reason: "'\(name)' is not a \(tag) file of '\(path)'")
            }
        }
    }
}
