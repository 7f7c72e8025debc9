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
        #expect(SwiftIdentifier(keyword).declared == "`\(keyword)`")
        #expect(SwiftIdentifier(keyword).name == keyword)
    }

    @Test(arguments: ["user", "type", "value", "id", "Class", "selfie", "defaults"])
    func plainIdentifiersAreUntouched(identifier: String) {
        #expect(SwiftIdentifier(identifier).declared == identifier)
    }
}
