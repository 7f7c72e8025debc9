// The decoding benchmark of one flavour of our generated client. Benchmarks/decoding.sh replaces the module
// name below by the flavour's (BudgeaTolerant, BudgeaStrict, ...) and builds it as decode-<flavour>.
import BudgeaAPI
import Foundation

let serverURL = URL(string: "https://demo.biapi.pro/2.0")!

/// The response type of the operation, inferred from its signature (the closure never runs), so a renamed
/// model does not break the benchmark.
func responseType<T>(_ call: (Client) async throws -> T) -> T.Type { T.self }
let responseModel = responseType {
    try await $0.banks.getUsersIdUserConnectionsIdConnectionAccountsIdAccountTransactions(
        idUser: "me",
        idConnection: 1,
        idAccount: 1
    )
}

/// Optional or not: tolerant models may not promise what strict ones do.
func tally(_ transactions: [Budgea.Transaction]?) -> Checksum {
    var sum = Checksum()
    for transaction in transactions ?? [] {
        sum.transactions += 1
        sum.idSum += int(transaction.id)
        if present(transaction.deleted) { sum.deleted += 1 }
    }
    return sum
}

let arguments = Harness.arguments()
// What the client uses: APIClient's default decoder; the client is made once, as an app would.
// BENCH_KEEP_UNDECLARED=1 (decode mode only): the decoder that also keeps undeclared fields in tolerant models.
let decoder =
    ProcessInfo.processInfo.environment["BENCH_KEEP_UNDECLARED"] == "1"
    ? APIJSON.makeDecoder(keepUndeclaredFields: true) : APIJSON.makeDecoder()
let client = Client(serverURL: serverURL, transport: FixedResponseTransport(body: arguments.data))
Harness.measure(
    arguments,
    decode: { tally(try decoder.decode(responseModel, from: arguments.data).transactions) },
    client: { [client] in
        tally(
            try await client.banks.getUsersIdUserConnectionsIdConnectionAccountsIdAccountTransactions(
                idUser: "me",
                idConnection: 1,
                idAccount: 1
            ).transactions
        )
    }
)
