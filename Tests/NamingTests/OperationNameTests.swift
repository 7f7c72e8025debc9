import Testing

@testable import Naming

@Suite struct OperationNameTests {
    @Test(arguments: [
        ("GET", "/users/{id_user}/connections", "getUsersIdUserConnections"),
        ("GET", "/psd2-registrations/{id_psd2registration}/logs", "getPsd2RegistrationsIdPsd2registrationLogs"),
        ("GET", "/psd2-registrations/{id_psd2-registration}", "getPsd2RegistrationsIdPsd2Registration"),
        ("delete", "/webhooks/{id_webhook}/add_to_data/{key}", "deleteWebhooksIdWebhookAddToDataKey"),
        ("Post", "/a.b/c d", "postABCD"),
        ("GET", "/", "get"),
        ("PUT", "", "put"),
        ("GET", "/v1/2/x", "getV1_2X"),
        ("", "", "operation"),
    ])
    func fromMethodAndPath(method: String, path: String, expected: String) {
        #expect(Naming.operationName(method: method, path: path).name == expected)
    }

    @Test(arguments: [
        ("get-user_by.id", "getUserById"),
        ("GetUser", "getUser"),
        ("listUsers", "listUsers"),
        ("list_usersByID", "listUsersByID"),
        ("123abc", "_123abc"),
        ("URLPath", "urlPath"),
        ("", "operation"),
        ("-_.!", "operation"),
    ])
    func fromOperationId(operationId: String, expected: String) {
        #expect(Naming.operationName(operationId: operationId).name == expected)
    }
}
