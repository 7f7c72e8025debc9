import Foundation
import GeneratorKit
import IR
import Testing

/// Specs that are large in one dimension must cost linear time: before, both of these ran for minutes.
@Suite struct ScalingTests {
    /// 40,000 operations sharing one operationId: names `same`, `same2`, ... `same40000`.
    @Test func fortyThousandCollidingOperationIds() throws {
        let paths = (0..<40_000).map {
            "  /p\($0):\n    get:\n      operationId: same\n      responses: {'204': {description: ok}}"
        }
        let start = ContinuousClock.now
        let loaded = loadInlineSpec("paths:\n" + paths.joined(separator: "\n") + "\n")
        let elapsed = ContinuousClock.now - start
        let names = Set(try #require(loaded.api).operations.map(\.name))
        #expect(names.count == 40_000 && names.contains("same40000"))
        #expect(elapsed < .seconds(60), "\(elapsed)")
    }

    /// A chain S0 -> S1 -> ... of 100,000 bare `$ref`s, checked for cycles once per component.
    @Test func hundredThousandSchemaReferenceChain() throws {
        let count = 100_000
        let chain = (0..<count - 1).map { "    S\($0): {$ref: '#/components/schemas/S\($0 + 1)'}" }.joined(
            separator: "\n"
        )
        let start = ContinuousClock.now
        let loaded = loadInlineSpec("paths: {}\ncomponents:\n  schemas:\n\(chain)\n    S\(count - 1): {type: string}\n")
        let elapsed = ContinuousClock.now - start
        #expect(try #require(loaded.api).types.count == count)
        #expect(!loaded.diagnostics.contains { $0.severity == .warning })
        #expect(elapsed < .seconds(60), "\(elapsed)")
    }
}
