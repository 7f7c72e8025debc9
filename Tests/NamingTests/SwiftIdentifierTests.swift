import Foundation
import Testing

@testable import Naming

@Suite struct SwiftIdentifierTests {
    @Test func spellingsOfAKeyword() {
        let name = Naming.propertyName("default")
        #expect(name.name == "default")
        #expect(name.declared == "`default`")
        #expect(name.storage == "_default")
        #expect(name.localName == name)
    }

    @Test func selfGetsAnotherLocalName() {
        let name = Naming.propertyName("self")
        #expect(name.localName.name == "selfValue")
        #expect(name.localName.declared == "selfValue")
    }

    @Test func aSuffixedKeywordIsNoLongerOne() {
        #expect(Naming.operationName(operationId: "default").appending("Paged").declared == "defaultPaged")
    }

    /// The IR snapshot stores the name alone, and still reads snapshots that stored the backticked spelling.
    @Test func codesAsTheBareName() throws {
        let encoded = try JSONEncoder().encode([SwiftIdentifier("class")])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["class"]"#)
        let decoded = try JSONDecoder().decode([SwiftIdentifier].self, from: Data(#"["`class`", "in"]"#.utf8))
        #expect(decoded.map(\.declared) == ["`class`", "`in`"])
    }
}
