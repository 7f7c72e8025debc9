import Testing

@testable import Rendering

/// Doc examples show the spec's own server, never another API's.
@Suite struct ExampleServerURLTests {
    @Test(arguments: [
        ("//budgea.biapi.pro/2.0", "https://budgea.biapi.pro/2.0"),
        ("https://api.shop.test/v1", "https://api.shop.test/v1"),
        ("/v1", "https://api.example.com/v1"),
        ("https://{region}.shop.test", "https://api.example.com"),
        ("", "https://api.example.com"),
    ])
    func theSpecsFirstServerMadeAbsolute(server: String, expected: String) {
        #expect(ExampleServerURL.from(server) == expected)
    }

    @Test func noServerIsThePlaceholder() {
        #expect(ExampleServerURL.from(nil) == ExampleServerURL.placeholder)
    }
}
