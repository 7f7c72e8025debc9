import Testing

@testable import Naming

@Suite struct TypeNameTests {
    @Test(arguments: [
        ("Connection", "Connection"), ("bank_account", "BankAccount"), ("Account.Type", "AccountType"),
        ("2FA", "_2FA"), ("", "Unnamed"), ("$%^", "Unnamed"), ("connectionSource", "ConnectionSource"),
        ("PSD2Registration", "PSD2Registration"), ("a b-c", "ABC"),
    ])
    func upperCamel(raw: String, expected: String) {
        #expect(Naming.typeName(raw) == expected)
    }

    @Test(arguments: [
        "String", "Int", "Double", "Float", "Bool", "Date", "Data", "URL", "UUID", "Error", "Result",
        "Optional", "Array", "Dictionary", "Set", "Any", "AnyObject", "Self", "Type", "Protocol", "Never",
        "Void", "Codable", "Decodable", "Encodable", "Hashable", "Sendable", "Equatable", "Character",
        "Int32", "Int64", "Decimal", "Task", "Actor",
        "JSONValue", "DateOnly", "APIClient", "APIError", "APIResponse", "RequestBuilder", "MultipartForm",
        "URLEncodedForm", "FilePart", "ParameterValue", "Indirect", "BearerTokenMiddleware", "Client",
        "DateTimeCoding", "APIJSON", "QueryStyle",
    ])
    func reservedNamesGetModelSuffix(name: String) {
        #expect(Naming.reservedTypeNames.contains(name))
        #expect(Naming.typeName(name) == name + "Model")
    }

    @Test func reservedCheckAppliesAfterCamelCasing() {
        #expect(Naming.typeName("error") == "ErrorModel")
        #expect(Naming.typeName("date") == "DateModel")
        #expect(Naming.typeName("Errors") == "Errors")
    }
}
