import BudgeaAPI
import HTTPTypes
import Testing

/// Array parameters outside the query: a header sends its values comma-joined (`simple` style), a cookie as
/// one comma-joined pair (`form` without explode); an empty or absent array sends nothing.
@Suite struct ArrayParameterTests {
    @Test func headerAndCookieArraysAreCommaJoined() throws {
        var request = RequestBuilder(method: .get, path: "/items")
        request.setHeader("X-Item-Ids", [1, 2, 30])
        request.setHeader("X-Empty", [Int]())
        request.setHeader("X-Absent", nil as [String]?)
        request.addCookie("prefs", ["dark", "compact"])
        request.addCookie("none", [String]())
        let (built, _) = try request.build()
        func header(_ name: String) throws -> String? { built.headerFields[try #require(HTTPField.Name(name))] }
        #expect(try header("X-Item-Ids") == "1,2,30")
        #expect(try header("X-Empty") == nil)
        #expect(try header("X-Absent") == nil)
        // The comma is the style's delimiter, so it stays unencoded; each value is percent-encoded.
        #expect(built.headerFields[.cookie] == "prefs=dark,compact")
    }
}
