import Foundation
import Testing

@testable import FileOutput

@Suite struct LineDiffTests {
    @Test func smallExampleMatchesDiffU() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"
        let new = "a\nB\nc\nd\ne\nf\ng\nh\nj\nk\n"
        let diff = LineDiff.unified(old: old, new: new, oldName: "a/x", newName: "b/x", maxLines: 40)
        #expect(
            diff == """
                --- a/x
                +++ b/x
                @@ -1,4 +1,4 @@
                 a
                -b
                +B
                 c
                 d
                @@ -7,4 +7,4 @@
                 g
                 h
                -i
                 j
                +k

                """
        )
    }

    @Test func nearbyChangesShareOneHunk() {
        let diff = LineDiff.unified(
            old: "1\n2\n3\n4\n5\n6\n",
            new: "1\nX\n3\n4\nY\n6\n",
            oldName: "o",
            newName: "n",
            context: 2,
            maxLines: 40
        )
        #expect(diff == "--- o\n+++ n\n@@ -1,6 +1,6 @@\n 1\n-2\n+X\n 3\n 4\n-5\n+Y\n 6\n")
    }

    @Test func missingFinalNewlineIsADifference() {
        let diff = LineDiff.unified(old: "a\nb", new: "a\nb\n", oldName: "o", newName: "n", maxLines: 40)
        #expect(diff == "--- o\n+++ n\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n")
    }

    @Test func equalTextsGiveNoDiff() {
        #expect(LineDiff.unified(old: "a\n", new: "a\n", oldName: "o", newName: "n", maxLines: 40) == "")
    }

    @Test func fiveThousandLineFileWithOneChangeIsFastAndExact() {
        let old = (1...5_000).map { "let value\($0) = \($0)\n" }
        var new = old
        new[2_499] = "let value2500 = 0\n"
        let clock = ContinuousClock()
        var diff = ""
        let elapsed = clock.measure {
            diff = LineDiff.unified(old: old.joined(), new: new.joined(), oldName: "o", newName: "n", maxLines: 40)
        }
        #expect(
            diff == """
                --- o
                +++ n
                @@ -2498,5 +2498,5 @@
                 let value2498 = 2498
                 let value2499 = 2499
                -let value2500 = 2500
                +let value2500 = 0
                 let value2501 = 2501
                 let value2502 = 2502

                """
        )
        #expect(elapsed < .seconds(2))
    }

    @Test func scriptIsMinimalOnInterleavedChanges() {
        let old = Array("ABCABBA")
        let new = Array("CBABAC")
        let script = MyersDiff.script(old: old, new: new)
        let edits = script.filter { if case .equal = $0 { false } else { true } }
        #expect(edits.count == 5, "the classic Myers example has edit distance 5")
        // Replaying the script must rebuild `new` from `old`.
        let rebuilt = script.compactMap { operation -> Character? in
            switch operation {
            case .equal(let x, _): old[x]
            case .delete: nil
            case .insert(let y): new[y]
            }
        }
        #expect(rebuilt == new)
    }

    @Test func veryDifferentFilesFallBackToAValidScript() {
        let old = (0..<3_000).map { "o\($0)" }
        let new = (0..<3_000).map { "n\($0)" }
        let script = MyersDiff.script(old: old, new: new)
        #expect(script.count == 6_000)
    }
}
