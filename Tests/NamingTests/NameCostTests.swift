import Testing

@testable import Naming

/// Names stay cheap and short whatever the spec: collisions cost linear time, long names are cut.
@Suite struct NameCostTests {
    /// 40,000 operations with one operationId: each claim used to probe every suffix before it
    /// (800 million probes, minutes); now it resumes where the last one stopped.
    @Test func fortyThousandCollisionsAreLinear() {
        var namer = UniqueNamer()
        let start = ContinuousClock.now
        var last = ""
        for _ in 0..<40_000 { last = namer.claim("same").name }
        #expect(last == "same40000")
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func longNamesAreCutWithAStableHash() {
        let long = String(repeating: "veryLongName", count: 25)  // 300 bytes
        let type = Naming.typeName(long)
        #expect(type.utf8.count == Naming.maxNameBytes)
        #expect(type == Naming.typeName(long))
        #expect(type.hasPrefix("VeryLongName"))
        #expect(type != Naming.typeName(long + "X"))
        #expect(Naming.operationName(operationId: long).name.utf8.count == Naming.maxNameBytes)
        #expect(Naming.fileStem(long + long).utf8.count == Naming.maxNameBytes)
        #expect(Naming.typeName("Short") == "Short")
    }
}
