import BudgeaAPI
import Foundation
import OpenAPIRuntime
import Testing

/// The documented integration flow ("Protocol" and "Manual Synchronization" in the spec's guide),
/// run with the generated client over real HTTP against a stub on 127.0.0.1, once per transport.
/// Every step is checked on the server side: method, raw path and query, headers, body bytes / multipart parts.
@Suite(.timeLimit(.minutes(1)))
struct IntegrationFlowTests {
    static let temporaryToken = "fBqjMZbYddebUGlkR445JKPA6pCoRaGb"
    static let permanentToken = "7wBPuFfb1Hod82f1+KNa0AmrkIuQ3h1G"

    /// The stub API: answers by route, like the real one would for this user.
    static func respond(_ request: RecordedRequest) -> StubResponse {
        switch (request.method, request.path) {
        case ("POST", "/auth/init"):
            return .json(
                #"{"auth_token": "\#(temporaryToken)", "type": "temporary", "expires_in": 1800, "id_user": 1}"#
            )
        case ("GET", "/banks"):
            return .json(Fixtures.banks)
        case ("POST", "/users/me/connections"):
            return .json(Fixtures.newConnection)
        case ("PUT", "/users/me/connections/7/accounts/17"):
            return .json(Fixtures.activatedAccount)
        case ("POST", "/auth/token/access"):
            return .json(#"{"access_token": "\#(permanentToken)", "token_type": "Bearer"}"#)
        case ("GET", "/users/me/connections"):
            return .json(Fixtures.connectionsExpanded)
        case ("DELETE", "/users/me/connections/7"):
            return .json(Fixtures.deletedConnection)
        default:
            return .json(
                #"{"code": "notFound", "message": "No route \#(request.method) \#(request.path)"}"#,
                status: 404
            )
        }
    }

    @Test(arguments: TransportKind.allCases) func documentedFlowEndToEnd(_ kind: TransportKind) async throws {
        try await StubServer.serving({ Self.respond($0) }) { server in
            try await withTransport(kind) { try await Self.runDocumentedFlow(server: server, transport: $0) }
        }
    }

    static func runDocumentedFlow(server: StubServer, transport: any ClientTransport) async throws {
        let tokens = TokenStore()
        // The app's client: the bearer token changes as the flow goes (none, temporary, permanent).
        let client = Client(
            serverURL: server.baseURL,
            transport: transport,
            middlewares: [BearerTokenMiddleware(tokenProvider: { await tokens.token })]
        )

        // 1. POST /auth/init: a temporary token for a new anonymous user.
        let auth = try await client.authentication.postAuthInit()
        #expect(auth.authToken == Self.temporaryToken)
        #expect(auth.type == "temporary")
        #expect(auth.expiresIn == 1800)
        var requests = await server.requests
        var request = try #require(requests.last)
        #expect(request.method == "POST")
        #expect(request.path == "/auth/init")
        #expect(request.query == "")
        #expect(request.header("Authorization") == nil)
        // The optional form has no field set: no body and no Content-Type at all.
        #expect(request.body.isEmpty)
        #expect(request.header("Content-Type") == nil)
        await tokens.set(auth.authToken)

        // 2. GET /banks?expand=fields: connectors with the fields of their login form.
        let banks = try await client.connections.getBanks(expand: "fields")
        requests = await server.requests
        request = try #require(requests.last)
        #expect(request.method == "GET")
        #expect(request.path == "/banks")
        #expect(request.query == "expand=fields")
        #expect(request.header("Authorization") == "Bearer \(Self.temporaryToken)")
        #expect(request.body.isEmpty)
        #expect(banks.total == 44)
        let bank = try #require(banks.banks.first { $0.id == 59 })
        #expect(bank.name == "Connecteur de test")
        let fields = try #require(bank.fields)
        #expect(fields.map(\.name) == ["website", "login", "password"])
        #expect(fields[0].values?.map(\.value) == ["pp", "ent"])
        #expect(fields[0].regex == nil)
        #expect(fields[2].type == "password")
        #expect(fields[2].regex == "^[0-9]{6}$")

        // 3. POST /users/me/connections: id_bank plus the connector's fields, as multipart/form-data.
        let answer = try await client.connections.postUsersIdUserConnections(
            idUser: "me",
            body: Budgea.PostUsersIdUserConnectionsRequest(idBank: 59),
            extraFields: ["login": "12345678", "password": "123456"]
        )
        guard case .ok(let created, let response) = answer else {
            Issue.record("expected 200, got \(answer.status)")
            return
        }
        #expect(response.status == 200)
        requests = await server.requests
        request = try #require(requests.last)
        #expect(request.method == "POST")
        #expect(request.path == "/users/me/connections")
        #expect(request.query == "")
        #expect(request.header("Authorization") == "Bearer \(Self.temporaryToken)")
        let contentType = try #require(request.header("Content-Type"))
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        let parts = try Multipart.parse(request.body, contentType: contentType)
        #expect(Multipart.fields(parts) == ["id_bank=59", "login=12345678", "password=123456"])
        #expect(parts.allSatisfy { $0.filename == nil && $0.headers["content-type"] == nil })
        // Byte for byte: RFC 7578 framing with CRLFs and the closing delimiter.
        let boundary = try #require(Multipart.boundary(fromContentType: contentType))
        let expectedBody =
            ["id_bank": "59", "login": "12345678", "password": "123456"].sorted { $0.key < $1.key }
            .map { "--\(boundary)\r\nContent-Disposition: form-data; name=\"\($0.key)\"\r\n\r\n\($0.value)\r\n" }
            .joined()
            + "--\(boundary)--\r\n"
        #expect(String(decoding: request.body, as: UTF8.self) == expectedBody)
        #expect(request.header("Content-Length") == String(request.body.count))
        #expect(created.id == 7)
        #expect(created.idConnector == 59)
        #expect(created.state == nil)
        #expect(created.accounts?.map(\.id) == [17])
        #expect(created.accounts?.first?.disabled != nil)

        // 4. PUT /users/me/connections/7/accounts/17: activate the account the user shares.
        let activated = try await client.banks.putUsersIdUserConnectionsIdConnectionAccountsIdAccount(
            idUser: "me",
            idConnection: 7,
            idAccount: "17",
            body: Budgea.PutUsersIdUserConnectionsIdConnectionAccountsIdAccountRequest(disabled: false)
        )
        requests = await server.requests
        request = try #require(requests.last)
        #expect(request.method == "PUT")
        #expect(request.path == "/users/me/connections/7/accounts/17")
        #expect(request.header("Authorization") == "Bearer \(Self.temporaryToken)")
        #expect(
            Multipart.fields(try Multipart.parse(request.body, contentType: request.header("Content-Type"))) == [
                "disabled=false"
            ]
        )
        #expect(activated.id == 17)
        #expect(activated.disabled == nil)
        #expect(activated.type == .checking)

        // 5. POST /auth/token/access: the app's server trades the temporary code for a permanent token.
        let backend = Client(serverURL: server.baseURL, transport: transport)
        let access = try await backend.authentication.postAuthTokenAccess(
            body: Budgea.PostAuthTokenAccessRequest(
                clientId: "17473055",
                clientSecret: "54tHJHjvodbANVzaRtcLzlHGXQiOgw80",
                code: try #require(auth.authToken)
            )
        )
        requests = await server.requests
        request = try #require(requests.last)
        #expect(request.method == "POST")
        #expect(request.path == "/auth/token/access")
        #expect(request.header("Authorization") == nil)
        #expect(
            Multipart.fields(try Multipart.parse(request.body, contentType: request.header("Content-Type"))) == [
                "client_id=17473055", "client_secret=54tHJHjvodbANVzaRtcLzlHGXQiOgw80", "code=\(Self.temporaryToken)",
            ]
        )
        #expect(access.accessToken == Self.permanentToken)
        #expect(access.tokenType == "Bearer")
        await tokens.set(access.accessToken)

        // 6. GET /users/me/connections?expand=accounts[transactions,investments[type]]: the data.
        let listed = try await client.connections.getUsersIdUserConnections(
            idUser: "me",
            expand: "accounts[transactions,investments[type]]"
        )
        requests = await server.requests
        request = try #require(requests.last)
        #expect(request.method == "GET")
        #expect(request.path == "/users/me/connections")
        // `[` and `]` are percent-encoded (RFC 3986), `,` is kept; servers decode both back.
        #expect(request.query == "expand=accounts%5Btransactions,investments%5Btype%5D%5D")
        #expect(request.header("Authorization") == "Bearer \(Self.permanentToken)")
        #expect(listed.total == 1)
        let connection = try #require(listed.connections.first)
        #expect(connection.id == 7)
        #expect(connection.idBank == 41)
        #expect(connection.error == nil)
        #expect(connection.expire == nil)
        #expect(connection.lastUpdate == Date(timeIntervalSince1970: 1_436_023_051))  // "2015-07-04 15:17:31", UTC
        let account = try #require(connection.accounts?.first)
        #expect(account.balance == 7481.01)
        #expect(account.currency?.id == "EUR")
        #expect(account.lastUpdate == Date(timeIntervalSince1970: 1_436_023_050))  // "2015-07-04 15:17:30"
        #expect(account.type == .checking)
        #expect(account.deleted == nil)
        let transactions = try #require(account.transactions)
        #expect(transactions.count == 2)
        #expect(transactions[0].id == 309)
        #expect(transactions[0].value == -16.22)
        #expect(transactions[0].date == DateOnly(year: 2015, month: 6, day: 18))
        #expect(transactions[0].dateScraped == Date(timeIntervalSince1970: 1_436_023_050))
        #expect(transactions[0].simplifiedWording == "HALL'S BEER")
        #expect(transactions[0].type == .card)
        #expect(transactions[0].comment == nil)
        // A transaction type this client does not know is kept, not rejected.
        #expect(transactions[1].type == .unknown("instant_transfer"))
        #expect(transactions[1].type?.rawValue == "instant_transfer")
        let investment = try #require(account.investments?.first)
        #expect(investment.code == "FR0010330902")
        #expect(investment.valuation == 3520.28)
        #expect(investment.idType == 1)
        #expect(investment.type?.name == "Fonds action")
        #expect(investment.type?.color == "AABBCC")

        // 7. DELETE /users/me/connections/7.
        let deleted = try await client.connections.deleteUsersIdUserConnectionsIdConnection(
            idUser: "me",
            idConnection: 7
        )
        requests = await server.requests
        request = try #require(requests.last)
        #expect(request.method == "DELETE")
        #expect(request.path == "/users/me/connections/7")
        #expect(request.query == "")
        #expect(request.header("Authorization") == "Bearer \(Self.permanentToken)")
        #expect(request.body.isEmpty)
        #expect(deleted.id == 7)

        #expect(requests.count == 7)
    }

    /// GET /auth/token/code answers `"type": "temporary"` (a string) and no `access` (fixed by the overlay).
    @Test(arguments: TransportKind.allCases) func temporaryCodeDecodes(_ kind: TransportKind) async throws {
        let answer = StubResponse.json(
            #"{"code": "/JiDppWgbmc+5ztHIUJtHl0ynYfw682Z", "type": "temporary", "expires_in": 1800}"#
        )
        try await StubServer.serving({ _ in answer }) { server in
            let code = try await withTransport(kind) { transport in
                let client = Client(
                    serverURL: server.baseURL,
                    transport: transport,
                    middlewares: [BearerTokenMiddleware(token: "perm")]
                )
                return try await client.authentication.getAuthTokenCode()
            }
            #expect(code.code == "/JiDppWgbmc+5ztHIUJtHl0ynYfw682Z")
            #expect(code.type == "temporary")
            #expect(code.access == nil)
            let request = try #require(await server.requests.first)
            #expect(request.method == "GET")
            #expect(request.path == "/auth/token/code")
            #expect(request.header("Authorization") == "Bearer perm")
        }
    }
}

/// Response bodies shaped like the guide's examples, completed with what the real API sends
/// (required fields such as `original_name`, `bookmarked`, `nature`) and with fields the spec does
/// not list (`formatted_balance`, `id_weboob`, ...), which the client must ignore.
enum Fixtures {
    static let banks = #"""
        {
           "banks" : [
              {
                 "id" : 59, "uuid" : "338178e6-3d01-564f-9a7b-52ca442459bf", "name" : "Connecteur de test",
                 "id_weboob" : "bnporc", "hidden" : false, "charged" : true, "beta" : false, "restricted" : false,
                 "code" : null, "color" : "00965e", "capabilities" : ["bank", "document"],
                 "fields" : [
                    {
                       "values" : [
                          { "label" : "Particuliers/Professionnels", "value" : "pp" },
                          { "value" : "ent", "label" : "Entreprises" }
                       ],
                       "label" : "Type de compte", "regex" : null, "name" : "website", "type" : "list"
                    },
                    { "id" : 1, "id_bank" : 59, "regex" : "^[0-9]{5,10}$", "name" : "login", "type" : "text", "label" : "Numéro client" },
                    { "type" : "password", "label" : "Code secret", "name" : "password", "regex" : "^[0-9]{6}$" }
                 ]
              },
              {
                 "id" : 30, "uuid" : "7f4dc8a3-8b21-5a9c-a1bb-1c3b0d5e7a40", "name" : "American Express",
                 "hidden" : false, "charged" : true, "beta" : false, "restricted" : false, "fields" : []
              }
           ],
           "total" : 44
        }
        """#

    static let newConnection = #"""
        {
           "id" : 7, "id_user" : 7, "id_connector" : 59, "id_bank" : 59, "active" : true, "state" : null,
           "error" : null, "error_message" : null, "expire" : null, "created" : "2015-07-04 15:17:29",
           "last_update" : "2015-07-04 15:17:31", "next_try" : null, "last_push" : null,
           "accounts" : [
              {
                 "id" : 17, "id_connection" : 7, "id_user" : 7, "id_source" : 12, "id_parent" : null,
                 "name" : "Compte chèque", "original_name" : "Compte chèque", "number" : "3002900000",
                 "iban" : "FR76131048379405300290000016", "balance" : 7481.01, "coming" : null,
                 "currency" : { "id" : "EUR", "symbol" : "€", "prefix" : false, "precision" : 2 },
                 "display" : true, "bookmarked" : false, "deleted" : null, "disabled" : "2015-07-04 15:17:31",
                 "last_update" : "2015-07-04 15:17:30", "type" : "checking", "usage" : "PRIV", "error" : null
              }
           ]
        }
        """#

    static let activatedAccount = #"""
        {
           "id" : 17, "id_connection" : 7, "id_user" : 7, "name" : "Compte chèque", "original_name" : "Compte chèque",
           "balance" : 7481.01, "currency" : { "id" : "EUR", "symbol" : "€", "prefix" : false },
           "display" : true, "bookmarked" : false, "deleted" : null, "disabled" : null,
           "last_update" : "2015-07-04 15:17:30", "type" : "checking", "formatted_balance" : "7 481,01 €"
        }
        """#

    /// The guide's "Manual Synchronization" response (JSON errors such as trailing commas fixed).
    static let connectionsExpanded = #"""
        {
           "connections" : [
              {
                 "accounts" : [
                    {
                       "balance" : 7481.01,
                       "bookmarked" : false,
                       "currency" : { "symbol" : "€", "id" : "EUR", "prefix" : false },
                       "deleted" : null,
                       "display" : true,
                       "formatted_balance" : "7 481,01 €",
                       "iban" : "FR76131048379405300290000016",
                       "id" : 17,
                       "id_connection" : 7,
                       "investments" : [
                          {
                             "code" : "FR0010330902",
                             "description" : "",
                             "diff" : -67.86,
                             "id" : 55,
                             "id_account" : 19,
                             "id_type" : 1,
                             "label" : "Agressor PEA",
                             "portfolio_share" : 0.48,
                             "prev_diff" : 2019.57,
                             "quantity" : 7.338,
                             "type" : { "color" : "AABBCC", "id" : 1, "name" : "Fonds action" },
                             "unitprice" : 488.98,
                             "unitvalue" : 479.73,
                             "valuation" : 3520.28
                          }
                       ],
                       "last_update" : "2015-07-04 15:17:30",
                       "name" : "Compte chèque",
                       "number" : "3002900000",
                       "original_name" : "Compte chèque",
                       "transactions" : [
                          {
                             "active" : true,
                             "application_date" : "2015-06-17",
                             "coming" : false,
                             "comment" : null,
                             "commission" : null,
                             "country" : null,
                             "date" : "2015-06-18",
                             "date_scraped" : "2015-07-04 15:17:30",
                             "deleted" : null,
                             "documents_count" : 0,
                             "formatted_value" : "-16,22 €",
                             "id" : 309,
                             "id_account" : 17,
                             "id_category" : 9998,
                             "id_cluster" : null,
                             "last_update" : "2015-07-04 15:17:30",
                             "nature" : "card",
                             "new" : true,
                             "original_currency" : null,
                             "original_value" : null,
                             "original_wording" : "FACTURE CB HALL'S BEER",
                             "rdate" : "2015-06-17",
                             "simplified_wording" : "HALL'S BEER",
                             "state" : "parsed",
                             "stemmed_wording" : "HALL'S BEER",
                             "type" : "card",
                             "value" : -16.22,
                             "wording" : "HALL'S BEER"
                          },
                          {
                             "active" : true, "coming" : true, "date" : "2015-07-03", "rdate" : "2015-07-03",
                             "date_scraped" : "2015-07-04 15:17:30", "id" : 310, "id_account" : 17,
                             "nature" : "transfer", "original_wording" : "VIR INST M. DUPONT",
                             "simplified_wording" : "M. DUPONT", "stemmed_wording" : "M DUPONT",
                             "state" : "new", "type" : "instant_transfer", "value" : 120.5
                          }
                       ],
                       "type" : "checking"
                    }
                 ],
                 "active" : true,
                 "error" : null,
                 "expire" : null,
                 "id" : 7,
                 "id_user" : 7,
                 "id_bank" : 41,
                 "id_connector" : 41,
                 "last_update" : "2015-07-04 15:17:31"
              }
           ],
           "total" : 1
        }
        """#

    static let deletedConnection = #"""
        { "id" : 7, "id_user" : 7, "id_connector" : 41, "id_bank" : 41, "active" : true, "error" : null,
          "last_update" : "2015-07-04 15:17:31" }
        """#
}
