import Testing

@testable import Naming

@Suite struct SuccessCaseNameTests {
    @Test(arguments: [
        (200, "ok"), (201, "created"), (202, "accepted"), (203, "nonAuthoritativeInformation"), (204, "noContent"),
        (206, "partialContent"), (207, "multiStatus"), (226, "imUsed"), (250, "status250"), (299, "status299"),
    ])
    func reasonPhraseOrCode(code: Int, expected: String) {
        #expect(Naming.successCaseName(code: code).name == expected)
    }

    @Test func rangeCaseAndBodyTypes() {
        #expect(Naming.successRangeCaseName.name == "otherSuccess")
        #expect(
            Naming.responseTypeName("PostUsersIdUserConnectionsResponse", status: "202")
                == "PostUsersIdUserConnectionsResponse202"
        )
    }
}
