import Testing

@testable import Naming

/// Non-ASCII policy: format characters vanish, accents are stripped, the rest separates words.
@Suite struct UnicodeTests {
    @Test func accentsAreTransliterated() {
        #expect(Naming.propertyName("catégorie") == "categorie")
        #expect(Naming.typeName("Straße") == "Strasse")
        #expect(Naming.propertyName("ﬁle_name") == "fileName")
    }

    @Test func formatCharactersAreDroppedWithoutSplitting() {
        #expect(Naming.propertyName("user\u{200F}name") == "username")
        #expect(Naming.propertyName("\u{FEFF}id") == "id")
        #expect(Naming.typeName("Bank\u{200B}Account") == "BankAccount")
    }

    @Test func otherNonASCIISeparatesWords() {
        #expect(Naming.propertyName("prix€total") == "prixTotal")
        #expect(Naming.propertyName("日本") == "value")
        #expect(Naming.typeName("日本") == "Unnamed")
    }

    @Test(arguments: ["catégorie", "x\u{200F}y", "日本", "€5", "Ａｂｃ", "naïve-café", "Łódź"])
    func resultsAreASCIIIdentifiers(raw: String) {
        for name in [
            Naming.propertyName(raw), Naming.typeName(raw), Naming.enumCaseName(raw),
            Naming.operationName(operationId: raw), Naming.tagProperty(raw),
        ] {
            let bare = name.trimmingCharacters(in: ["`"])
            #expect(bare.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }, "\(name)")
            #expect(!(bare.first?.isNumber ?? true), "\(name)")
        }
    }
}
