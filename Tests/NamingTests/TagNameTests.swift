import Testing

@testable import Naming

@Suite struct TagNameTests {
    @Test(arguments: [
        ("Users management", "usersManagement"), ("Connections", "connections"), ("PFM", "pfm"),
        ("OIDC", "oidc"), ("", "default"), ("users-management", "usersManagement"),
        ("PFM stuff", "pfmStuff"), ("my API tools", "myAPITools"), ("2FA", "_2fa"), ("???", "default"),
    ])
    func property(tag: String, expected: String) {
        #expect(Naming.tagProperty(tag).name == expected)
    }

    @Test(arguments: [
        ("Users management", "UsersManagement"), ("PFM", "PFM"), ("Connections", "Connections"),
        ("", "Default"), ("oidc flows", "OidcFlows"), ("Error", "ErrorModel"),
    ])
    func type(tag: String, expected: String) {
        #expect(Naming.tagType(tag) == expected)
    }
}
