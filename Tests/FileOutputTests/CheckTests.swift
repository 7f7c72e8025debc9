import Foundation
import Testing

@testable import FileOutput

@Suite struct CheckTests {
    @Test func reportsMissingChangedAndExtraWithDiffs() throws {
        try withTemporaryDirectory { root in
            try OutputWriter(directory: root).write(
                files(["a.swift": "one\ntwo\nthree\n", "old.swift": "bye\n", "same.swift": "="])
            )
            try put("user\n", at: "notes.txt", in: root)
            let before = snapshot(root)

            let stale = try OutputWriter(directory: root).check(
                files([
                    "a.swift": "one\n2\nthree\n", "new.swift": "hi\n", "same.swift": "=",
                ])
            )
            #expect(snapshot(root) == before, "check writes nothing")
            #expect(
                stale == [
                    StaleFile(
                        path: ".generated-files",
                        kind: .changed,
                        diff: """
                            --- a/.generated-files
                            +++ b/.generated-files
                            @@ -1,3 +1,3 @@
                             a.swift
                            -old.swift
                            +new.swift
                             same.swift

                            """
                    ),
                    StaleFile(
                        path: "a.swift",
                        kind: .changed,
                        diff: """
                            --- a/a.swift
                            +++ b/a.swift
                            @@ -1,3 +1,3 @@
                             one
                            -two
                            +2
                             three

                            """
                    ),
                    StaleFile(
                        path: "new.swift",
                        kind: .missing,
                        diff: """
                            --- /dev/null
                            +++ b/new.swift
                            @@ -0,0 +1 @@
                            +hi

                            """
                    ),
                    StaleFile(
                        path: "old.swift",
                        kind: .extra,
                        diff: """
                            --- a/old.swift
                            +++ /dev/null
                            @@ -1 +0,0 @@
                            -bye

                            """
                    ),
                ]
            )
        }
    }

    @Test func upToDateDirectoryHasNothingStale() throws {
        try withTemporaryDirectory { root in
            let rendered = files(["a.swift": "A\n", "Sub/b.swift": "B\n"])
            try OutputWriter(directory: root).write(rendered)
            #expect(try OutputWriter(directory: root).check(rendered).isEmpty)
        }
    }

    @Test func diffsAreCutAtMaxDiffLines() throws {
        try withTemporaryDirectory { root in
            try OutputWriter(directory: root).write(files(["a.swift": "x\n"]))
            let big = (1...100).map { "line \($0)\n" }.joined()
            let stale = try OutputWriter(directory: root).check(files(["a.swift": big]), maxDiffLines: 5)
            let lines = stale.first?.diff.split(separator: "\n") ?? []
            #expect(lines.count == 2 + 5 + 1)
            #expect(lines.last == "... 97 more diff line(s)")
        }
    }
}
