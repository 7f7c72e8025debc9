import Testing

@testable import Naming

@Suite struct KeywordTests {
    @Test(arguments: [
        "class", "struct", "enum", "func", "let", "var", "init", "deinit", "subscript", "default",
        "case", "if", "for", "while", "return", "self", "Self", "Type", "Protocol", "true", "nil",
        "async", "await", "some", "any", "actor", "inout", "operator", "where", "is", "as", "try",
    ])
    func keywordsAreEscaped(keyword: String) {
        #expect(Naming.swiftKeywords.contains(keyword))
        #expect(Naming.escapeIfKeyword(keyword) == "`\(keyword)`")
    }

    @Test(arguments: ["user", "type", "value", "id", "Class", "selfie", "defaults"])
    func plainIdentifiersAreUntouched(identifier: String) {
        #expect(Naming.escapeIfKeyword(identifier) == identifier)
    }
}
