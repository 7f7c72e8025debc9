import Testing

@testable import YAMLLoader

/// Mappings past `Frame.indexThreshold` keys switch from scanning to a hash index; both must agree.
@Suite struct LargeMappingTests {
    private func mapping(keys count: Int) -> String {
        (0..<count).map { "  k\($0): \($0)" }.joined(separator: "\n")
    }

    @Test(arguments: [Frame.indexThreshold - 1, Frame.indexThreshold, Frame.indexThreshold + 5])
    func duplicateKeyIsFoundAtAnySize(keys: Int) throws {
        let loaded = YAMLLoader.load(
            "top:\n\(mapping(keys: keys))\n  k0: again\n  k\(keys - 1): again\n",
            file: "t.yaml"
        )
        let top = try #require(loaded.root?["top"])
        #expect(top.entries?.count == keys)
        #expect(top["k0"]?.int == 0)
        #expect(top["k\(keys - 1)"]?.int == keys - 1)
        #expect(
            loaded.diagnostics.map(\.message) == [
                "duplicate key 'k0' (first at line 2); the later value is ignored",
                "duplicate key 'k\(keys - 1)' (first at line \(keys + 1)); the later value is ignored",
            ]
        )
    }

    @Test func explicitKeyOverridesMergedKeyInLargeMapping() throws {
        let count = Frame.indexThreshold + 4
        let loaded = YAMLLoader.load(
            "base: &base\n\(mapping(keys: count))\nderived:\n  <<: *base\n  k3: override\n  extra: 1\n",
            file: "t.yaml"
        )
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let derived = try #require(loaded.root?["derived"])
        #expect(derived.entries?.count == count + 1)
        #expect(derived["k3"]?.string == "override")
        #expect(derived["k\(count - 1)"]?.int == count - 1)
        #expect(derived.entries?.last?.key == "extra")
    }
}
