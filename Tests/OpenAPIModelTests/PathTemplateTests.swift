import OpenAPIModel
import Testing

@Suite struct PathTemplateTests {
    @Test func splitsLiteralTextAndVariables() {
        #expect(
            PathTemplate.pieces(of: "/users/{id_user}/connections/{id_connection}.json") == [
                .literal("/users/"), .variable("id_user"), .literal("/connections/"), .variable("id_connection"),
                .literal(".json"),
            ]
        )
        #expect(PathTemplate.pieces(of: "{a}{b}") == [.variable("a"), .variable("b")])
        #expect(PathTemplate.pieces(of: "/banks") == [.literal("/banks")])
        #expect(
            PathTemplate.variableNames(in: "/users/{id_user}/psd2/{id_psd2-registration}") == [
                "id_user", "id_psd2-registration",
            ]
        )
    }

    @Test(arguments: ["/a/{b", "/a/b}", "/a/{{b}}", "/a/{}", "/a/{b}/{"])
    func malformedBracesAreRejected(path: String) {
        #expect(PathTemplate.pieces(of: path) == nil)
        #expect(PathTemplate.variableNames(in: path).isEmpty)
    }
}
