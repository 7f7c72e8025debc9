// Lists the banks and the user's accounts: `BUDGEA_URL=https://demo.biapi.pro/2.0 BUDGEA_TOKEN=... swift run`.
import BudgeaAPI
import Foundation
import OpenAPIURLSession

let environment = ProcessInfo.processInfo.environment
guard let serverURL = environment["BUDGEA_URL"].flatMap(URL.init(string:)), let token = environment["BUDGEA_TOKEN"]
else {
    print("usage: BUDGEA_URL=https://<domain>.biapi.pro/2.0 BUDGEA_TOKEN=<user token> swift run BudgeaApp")
    exit(2)
}

let client = Client(
    serverURL: serverURL,
    transport: URLSessionTransport(),
    middlewares: [BearerTokenMiddleware(token: token)],
    onDecodingMismatch: DecodingMismatchHandler { print("note: Budgea sent \($0)") }
)

do {
    let banks = try await client.connections.getBanks()
    print("\(banks.banks.count) banks")
    let listed = try await client.connections.getUsersIdUserConnections(idUser: "me", expand: "accounts")
    for account in listed.connections.flatMap({ $0.accounts ?? [] }) {
        print(account.name ?? "?", account.balance.map { "\($0)" } ?? "-")
    }
} catch let error as APIError {
    print("Budgea: \(error)")
    exit(1)
}
