import Testing

@testable import Naming

@Suite struct PropertyNameTests {
    @Test(arguments: [
        ("id_user", "idUser"), ("ID", "id"), ("last-update", "lastUpdate"), ("class", "`class`"),
        ("self", "`self`"), ("2fa", "_2fa"), ("$ref", "ref"), ("@type", "type"), ("", "value"),
        ("!!", "value"), ("logo_URL", "logoURL"), ("URLPath", "urlPath"), ("IBAN", "iban"),
        ("default", "`default`"), ("Protocol", "`protocol`"), ("_links", "links"), ("idUser", "idUser"),
    ])
    func lowerCamel(raw: String, expected: String) {
        #expect(Naming.propertyName(raw).declared == expected)
    }

    @Test func separatorAndCaseVariantsConverge() {
        let names = ["user_id", "userId", "user-id", "user.id", "User_Id"].map { Naming.propertyName($0).name }
        #expect(Set(names) == ["userId"])
    }
}
