import Testing

@testable import Naming

@Suite struct UniqueNamerTests {
    @Test func clashesGetStableNumericSuffixes() {
        var namer = UniqueNamer()
        #expect(namer.claim("userId") == ("userId", false))
        #expect(namer.claim("userId") == ("userId2", true))
        #expect(namer.claim("userId") == ("userId3", true))
        #expect(namer.claim("other") == ("other", false))
        #expect(namer.isTaken("userId2"))
        #expect(!namer.isTaken("userId4"))
    }

    @Test func separatorVariantsAreDisambiguatedInClaimOrder() {
        var namer = UniqueNamer()
        let names = ["user_id", "userId", "user-id"].map { namer.claim(Naming.propertyName($0)).name.name }
        #expect(names == ["userId", "userId2", "userId3"])
    }

    @Test func suffixSkipsNamesAlreadyTaken() {
        var namer = UniqueNamer()
        _ = namer.claim("a2")
        _ = namer.claim("a")
        #expect(namer.claim("a") == ("a3", true))
    }

    @Test func caseSensitiveByDefault() {
        var namer = UniqueNamer()
        #expect(namer.claim("User") == ("User", false))
        #expect(namer.claim("user") == ("user", false))
    }

    @Test func caseInsensitiveForFileNames() {
        var namer = UniqueNamer(caseInsensitive: true)
        #expect(namer.claim("User") == ("User", false))
        #expect(namer.claim("user") == ("user2", true))
        #expect(namer.isTaken("USER"))
        #expect(namer.isTaken("USER2"))
    }

    @Test func reservedNamesAreNeverHandedOut() {
        var namer = UniqueNamer(reserved: ["unknown", "Client"])
        #expect(namer.isTaken("Client"))
        #expect(namer.claim("Client") == ("Client2", true))
        #expect(namer.claim("unknown") == ("unknown2", true))
    }

    @Test func aSuffixedKeywordIsNoLongerAKeyword() {
        var namer = UniqueNamer()
        #expect(namer.claim(SwiftIdentifier("default")) == (SwiftIdentifier("default"), false))
        let second = namer.claim(SwiftIdentifier("default"))
        #expect(second == (SwiftIdentifier("default2"), true))
        #expect(second.name.declared == "default2")
    }
}
