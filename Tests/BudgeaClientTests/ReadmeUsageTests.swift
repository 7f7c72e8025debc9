import BudgeaAPI
import Foundation
import OpenAPIURLSession
import Testing

/// The README's usage example is compiled and run here, and must appear in the README verbatim.
@Suite(.timeLimit(.minutes(1)))
struct ReadmeUsageTests {
    @Test func usageSnippetRunsAndMatchesTheReadme() async throws {
        // README-SNIPPET-BEGIN
        func showTransactions(serverURL: URL, token: String) async throws {
            let client = Client(
                serverURL: serverURL,  // e.g. https://demo.biapi.pro/2.0
                transport: URLSessionTransport(),
                middlewares: [BearerTokenMiddleware(token: token)],
                // Budgea sends fields its spec does not promise: hear about each one; nothing fails.
                onDecodingMismatch: DecodingMismatchHandler { print("Budgea sent \($0)") }
            )

            // The banks, with the fields of their login forms.
            let banks = try await client.connections.getBanks(expand: "fields")
            for bank in banks.banks {
                print(bank.name ?? "?", (bank.fields ?? []).map(\.name))
            }

            // Add a connection: the bank's id, plus its login fields as extra form fields.
            do {
                switch try await client.connections.postUsersIdUserConnections(
                    idUser: "me",
                    body: Budgea.PostUsersIdUserConnectionsRequest(idBank: 59),
                    extraFields: ["login": "12345678", "password": "123456"]
                ) {
                case .ok(let connection, _):
                    print("Connection \(connection.id) added")
                case .accepted(let pending, _):
                    // 202: the bank asks for more (an SMS code, an OTP); POST it to /users/me/connections/{id}.
                    print("Connection \(pending.id) needs", (pending.fields ?? []).compactMap(\.name))
                }
            } catch let error as APIError where error.code == "wrongpass" {
                print("Wrong credentials: \(error.message ?? "")")
                return
            }

            // Every account of every connection, with its transactions.
            let listed = try await client.connections.getUsersIdUserConnections(
                idUser: "me",
                expand: "accounts[transactions]"
            )
            for account in listed.connections.flatMap({ $0.accounts ?? [] }) {
                for transaction in account.transactions ?? [] {
                    // `value` is a Decimal read from the JSON text: 1234567.89 keeps its cents.
                    print(account.name ?? "", transaction.simplifiedWording ?? "", transaction.value ?? 0)
                }
            }
        }
        // README-SNIPPET-END

        // Run it against the local stub (nothing leaves 127.0.0.1).
        let requests = try await StubServer.serving({ IntegrationFlowTests.respond($0) }) { server in
            try await showTransactions(serverURL: server.baseURL, token: "readme-token")
            return await server.requests
        }
        #expect(
            requests.map { "\($0.method) \($0.path)?\($0.query)" } == [
                "GET /banks?expand=fields",
                "POST /users/me/connections?",
                "GET /users/me/connections?expand=accounts%5Btransactions%5D",
            ]
        )
        #expect(requests.allSatisfy { $0.header("Authorization") == "Bearer readme-token" })

        // The README shows the same code, character for character (minus this function's indentation).
        try Self.expectInReadme(Self.snippet("README-SNIPPET"))
    }

    @Test func listsSnippetRunsAndMatchesTheReadme() async throws {
        // README-LISTS-SNIPPET-BEGIN
        func exportTransactions(serverURL: URL, token: String, log: @escaping @Sendable (String) -> Void) async throws {
            let client = Client(
                serverURL: serverURL,
                transport: URLSessionTransport(),
                middlewares: [
                    RetryMiddleware(maxAttempts: 3),  // outermost: a 429 or 503 to a GET, PUT, DELETE... is sent again
                    BearerTokenMiddleware(token: token),
                    LoggingMiddleware(log: log),  // inside the token: logs what is sent, Authorization redacted
                ]
            )
            // Every transaction of the account, 500 per request, each page fetched when the loop reaches it.
            let transactions = client.banks.getUsersIdUserConnectionsIdConnectionAccountsIdAccountTransactionsPaged(
                idUser: "me",
                idConnection: 3,
                idAccount: 7,
                pageSize: 500
            )
            for try await transaction in transactions {
                print(transaction.wording ?? "", transaction.value ?? 0)
            }
        }
        // README-LISTS-SNIPPET-END

        // The first answer is a 503 to retry at once; then 3 transactions, all on one page.
        let pages = PagingTests.transactions(count: 3, total: 3)
        let lines = LineLog()
        let served = MiddlewareTests.Recorder<Int>()
        let requests = try await StubServer.serving({ request in
            await served.append(1)
            let first = await served.values.count == 1
            return first ? StubResponse(status: 503, contentType: nil, headers: ["Retry-After": "0"]) : pages(request)
        }) { server in
            try await exportTransactions(serverURL: server.baseURL, token: "readme-token", log: lines.append)
            return await server.requests
        }
        #expect(
            requests.map { "\($0.method) \($0.path)?\($0.query)" }
                == Array(
                    repeating: "GET /users/me/connections/3/accounts/7/transactions?limit=500&offset=0",
                    count: 2
                )
        )
        #expect(lines.lines.count == 4, "\(lines.lines)")
        #expect(lines.lines.allSatisfy { !$0.contains("readme-token") })
        #expect(lines.lines.filter { $0.hasPrefix("→") }.allSatisfy { $0.contains("Authorization: <redacted>") })
        try Self.expectInReadme(Self.snippet("README-LISTS-SNIPPET"))
    }

    static func expectInReadme(_ snippet: String) throws {
        let readmes = try Self.readmes()
        #expect(!readmes.isEmpty, "no README.md with the usage section")
        for (path, text) in readmes {
            #expect(
                text.contains("```swift\n" + snippet + "```\n"),
                "\(path) does not contain the snippet of \(#fileID) verbatim"
            )
        }
    }

    /// The lines between the `marker` lines in this file, with the 8-space indentation of the test body removed.
    static func snippet(_ marker: String) throws -> String {
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex { $0.hasSuffix("// \(marker)-BEGIN") })
        let end = try #require(lines.firstIndex { $0.hasSuffix("// \(marker)-END") })
        let indent = String(repeating: " ", count: 8)
        var result = ""
        for line in lines[(begin + 1)..<end] {
            #expect(line.isEmpty || line.hasPrefix(indent), "snippet line not indented by 8 spaces: \(line)")
            result += (line.isEmpty ? "" : String(line.dropFirst(indent.count))) + "\n"
        }
        return result
    }

    /// The repository README, which must hold the usage section.
    static func readmes() throws -> [(String, String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(text.contains("## Using the Budgea client"))
        return [("README.md", text)]
    }
}
