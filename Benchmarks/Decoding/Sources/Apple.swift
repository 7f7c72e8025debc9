// The decoding benchmark of apple/swift-openapi-generator's client for the same operation (built as decode-apple).
//
// `decode` uses a JSONDecoder configured exactly as swift-openapi-runtime's Converter configures its own
// (Converter.init: `JSONDecoder()` with `dateDecodingStrategy = .from(dateTranscoder:)`, which is internal, hence
// the same closure written out below), decoding the body type apple generated for the 200 response.
// `client` is the whole generated operation over an in-memory transport, through the runtime's Converter.
//
// Budgea's date-times ("2015-07-04 15:17:30") are not ISO 8601, so the runtime's default transcoder rejects them:
// an app must pass its own `DateTranscoder`. By default it is our generated parser (DateTimeCoding.swift, copied
// next to this file by Benchmarks/decoding.sh), so both sides parse dates with the same code. BENCH_DATES=formatter
// uses a DateFormatter instead, what apple's documentation suggests for custom formats.
import BudgeaApple
import Foundation
import OpenAPIRuntime

typealias Operation = Operations
    .get_sol_users_sol__lcub_id_user_rcub__sol_connections_sol__lcub_id_connection_rcub__sol_accounts_sol__lcub_id_account_rcub__sol_transactions

struct BudgeaDateTranscoder: DateTranscoder {
    func encode(_ date: Date) throws -> String { DateTimeCoding.format(date) }
    func decode(_ string: String) throws -> Date {
        guard let date = DateTimeCoding.parse(string) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "Invalid date-time: \(string)"))
        }
        return date
    }
}

/// `yyyy-MM-dd HH:mm:ss` in UTC. DateFormatter is not Sendable; it is only used from one task at a time here.
final class FormatterDateTranscoder: DateTranscoder, @unchecked Sendable {
    let formatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter
    }()
    func encode(_ date: Date) throws -> String { formatter.string(from: date) }
    func decode(_ string: String) throws -> Date {
        guard let date = formatter.date(from: string) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "Invalid date-time: \(string)"))
        }
        return date
    }
}

func tally(_ transactions: [Components.Schemas.Transaction]) -> Checksum {
    var sum = Checksum()
    for transaction in transactions {
        sum.transactions += 1
        sum.idSum += transaction.id
        if transaction.deleted != nil { sum.deleted += 1 }
    }
    return sum
}

let transcoder: any DateTranscoder =
    ProcessInfo.processInfo.environment["BENCH_DATES"] == "formatter"
    ? FormatterDateTranscoder() : BudgeaDateTranscoder()
let arguments = Harness.arguments()
// As swift-openapi-runtime's Converter.init does.
let decoder = JSONDecoder()
decoder.dateDecodingStrategy = .custom { decoder in
    let container = try decoder.singleValueContainer()
    let dateString = try container.decode(String.self)
    return try transcoder.decode(dateString)
}
let client = Client(
    serverURL: URL(string: "https://demo.biapi.pro/2.0")!,
    configuration: .init(dateTranscoder: transcoder),
    transport: FixedResponseTransport(body: arguments.data)
)
Harness.measure(
    arguments,
    decode: { tally(try decoder.decode(Operation.Output.Ok.Body.jsonPayload.self, from: arguments.data).transactions) },
    client: { [client] in
        let output =
            try await client
            .get_sol_users_sol__lcub_id_user_rcub__sol_connections_sol__lcub_id_connection_rcub__sol_accounts_sol__lcub_id_account_rcub__sol_transactions(
                path: .init(id_user: "me", id_connection: 1, id_account: 1)
            )
        return tally(try output.ok.body.json.transactions)
    }
)
