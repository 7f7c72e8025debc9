import Testing

@testable import Naming

@Suite struct EnumCaseNameTests {
    @Test(arguments: [
        ("SCARequired", "scaRequired"), ("wrongpass", "wrongpass"), ("action-needed", "actionNeeded"),
        ("", "empty"), ("1", "_1"), ("-1", "minus1"), ("+33", "plus33"), ("1.5", "_1_5"),
        ("-date", "minusDate"), ("+", "plus"), ("-", "minus"), (">=", "greaterThanEquals"),
        (" ", "space"), ("€", "u20AC"), ("unknown", "unknownValue"), ("UNKNOWN", "unknownValue"),
        ("default", "`default`"), ("none", "`none`"), ("in", "`in`"), ("ACTIVE", "active"),
    ])
    func caseName(raw: String, expected: String) {
        #expect(Naming.enumCaseName(raw).declared == expected)
    }

    @Test func neverProducesTheFallbackCaseName() {
        for raw in ["unknown", "Unknown", "UNKNOWN", "un-known", "_unknown_"] {
            #expect(Naming.enumCaseName(raw).name != "unknown", "\(raw)")
        }
    }
}
