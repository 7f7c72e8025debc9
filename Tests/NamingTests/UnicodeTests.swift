import Testing

@testable import Naming

/// Non-ASCII policy: format characters vanish, accents are stripped, the rest separates words.
@Suite struct UnicodeTests {
    @Test func accentsAreTransliterated() {
        #expect(Naming.propertyName("catégorie").name == "categorie")
        #expect(Naming.typeName("Straße") == "Strasse")
        #expect(Naming.propertyName("ﬁle_name").name == "fileName")
    }

    @Test func formatCharactersAreDroppedWithoutSplitting() {
        #expect(Naming.propertyName("user\u{200F}name").name == "username")
        #expect(Naming.propertyName("\u{FEFF}id").name == "id")
        #expect(Naming.typeName("Bank\u{200B}Account") == "BankAccount")
    }

    @Test func otherNonASCIISeparatesWords() {
        #expect(Naming.propertyName("prix€total").name == "prixTotal")
        #expect(Naming.propertyName("日本").name == "value")
        #expect(Naming.typeName("日本") == "Unnamed")
    }

    @Test(arguments: ["catégorie", "x\u{200F}y", "日本", "€5", "Ａｂｃ", "naïve-café", "Łódź"])
    func resultsAreASCIIIdentifiers(raw: String) {
        for name in [
            Naming.propertyName(raw).name, Naming.typeName(raw), Naming.enumCaseName(raw).name,
            Naming.operationName(operationId: raw).name, Naming.tagProperty(raw).name,
        ] {
            let bare = name
            #expect(bare.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }, "\(name)")
            #expect(!(bare.first?.isNumber ?? true), "\(name)")
        }
    }
}
