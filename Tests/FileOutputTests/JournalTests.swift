import Foundation
import Testing

@testable import FileOutput

@Suite struct JournalTests {
    let journal = Journal(
        phase: .commit,
        createdDirectories: ["New", "New/Deep"],
        steps: [
            .write(path: "New/Deep/d.swift", temp: "New/Deep/.d.swift.tmp-ab-1", backup: nil),
            .write(path: "a.swift", temp: ".a.swift.tmp-ab-2", backup: ".a.swift.bak-ab-3"),
            .remove(path: "Old/gone.swift", backup: "Old/.gone.swift.bak-ab-4"),
            .write(path: ".generated-files", temp: "..generated-files.tmp-ab-5", backup: "..generated-files.bak-ab-6"),
        ]
    )

    @Test func roundTrips() throws {
        #expect(try Journal.parse(journal.render()) == journal)
    }

    @Test(arguments: [
        ("write ../x\t.x.tmp-1\t-", "'../x' contains a '..' component"),
        ("write a.swift\t.b.swift.tmp-1\t-", "'.b.swift.tmp-1' is not a tmp file of 'a.swift'"),
        ("write a.swift\t.a.swift.tmp-1\tnotes.txt", "'notes.txt' is not a bak file of 'a.swift'"),
        ("remove a.swift\tSub/.a.swift.bak-1", "'Sub/.a.swift.bak-1' is not a bak file of 'a.swift'"),
        ("dir /etc", "'/etc' is absolute; paths must be relative to the output directory"),
        ("delete a.swift", "unreadable line 'delete a.swift'"),
    ])
    func hostileLinesAreRefused(line: String, reason: String) {
        let text = "generated-files journal 1\nphase rollback\n\(line)\n"
        #expect(throws: FileOutputError.corruptJournal(reason: reason)) { try Journal.parse(Array(text.utf8)) }
    }

    /// A journal committed into a repository cannot steer a run: it is refused and nothing changes.
    @Test func corruptJournalStopsTheRunBeforeAnyChange() throws {
        try withTemporaryDirectory { root in
            try OutputWriter(directory: root).write(files(["a.swift": "A\n"]))
            try put("user\n", at: "notes.txt", in: root)
            try put(
                "generated-files journal 1\nphase rollback\nwrite notes.txt\t-\t-\n",
                at: Journal.fileName,
                in: root
            )
            let before = snapshot(root)
            let error = outputError { try OutputWriter(directory: root).write(files(["a.swift": "A2\n"])) }
            guard case .corruptJournal = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(snapshot(root) == before)
        }
    }

    @Test func journalNamesAreReservedInManifestsAndRenderedPaths() {
        #expect(throws: FileOutputError.invalidPath(".generated-files.journal", reason: "is reserved for the journal"))
        {
            try PathValidation.validate([".generated-files.journal"])
        }
        #expect(
            throws: FileOutputError.corruptManifest(
                entry: ".generated-files.journal",
                reason: "is reserved for the journal"
            )
        ) {
            try OwnershipManifest.parse(Array(".generated-files.journal\n".utf8))
        }
        #expect(throws: FileOutputError.invalidPath("a\nb", reason: "contains a control character")) {
            try PathValidation.validate(["a\nb"])
        }
    }
}
