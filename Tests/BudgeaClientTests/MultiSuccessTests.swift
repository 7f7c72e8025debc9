import Foundation
import HTTPTypes
import MultiSuccessAPI
import Testing

/// The `multi-success` golden compiled as a client: operations with several 2xx responses return an enum
/// whose case says which status came, with its body, status and headers; over real HTTP on 127.0.0.1.
@Suite(.timeLimit(.minutes(1)))
struct MultiSuccessTests {
    /// Runs `call` against a stub answering `answer`, through a transport of `kind`.
    func run<Value>(
        _ kind: TransportKind,
        _ answer: StubResponse,
        _ call: (Client) async throws -> Value
    ) async throws -> (Value, [RecordedRequest]) {
        try await StubServer.serving({ _ in answer }) { server in
            let value = try await withTransport(kind) {
                try await call(Client(serverURL: server.baseURL, transport: $0))
            }
            return (value, await server.requests)
        }
    }

    @Test(arguments: TransportKind.allCases) func acceptedCarriesTheFieldsStillNeeded(_ kind: TransportKind)
        async throws
    {
        var answer = StubResponse.json(
            #"{"id": 7, "fields": [{"name": "sms", "type": "text", "label": "Code"}]}"#,
            status: 202
        )
        answer.headers = ["X-Request-Id": "abc-1"]
        let (result, requests) = try await run(kind, answer) {
            try await $0.connections.postUsersIdUserConnections(idUser: "me", body: .init(idConnector: 40))
        }
        guard case .accepted(let pending, _) = result else {
            Issue.record("expected .accepted, got \(result)")
            return
        }
        #expect(pending.id == 7)
        #expect(pending.fields.map(\.name) == ["sms"])
        #expect(result.status == 202)
        #expect(result.headers[try #require(HTTPField.Name("X-Request-Id"))] == "abc-1")
        #expect(result.response.body == answer.body)
        #expect(requests.first?.header("Accept") == "application/json")
    }

    @Test(arguments: TransportKind.allCases) func okCarriesTheConnection(_ kind: TransportKind) async throws {
        let (result, _) = try await run(kind, .json(#"{"id": 7, "state": null}"#)) {
            try await $0.connections.postUsersIdUserConnections(idUser: "me")
        }
        guard case .ok(let connection, let response) = result else {
            Issue.record("expected .ok, got \(result)")
            return
        }
        #expect(connection.id == 7)
        #expect(response.status == 200)
        #expect(result.status == 200)
    }

    /// 201 is a success the spec does not list for this operation: no case can hold it.
    @Test(arguments: TransportKind.allCases) func undeclaredSuccessIsUnexpectedStatus(_ kind: TransportKind)
        async throws
    {
        do {
            let (result, _) = try await run(kind, .json(#"{"id": 7}"#, status: 201)) {
                try await $0.connections.postUsersIdUserConnections(idUser: "me")
            }
            Issue.record("expected an error, got \(result)")
        } catch let error as APIError {
            #expect(error.status == 201)
        }
    }

    @Test(arguments: TransportKind.allCases) func codesComeBeforeTheRange(_ kind: TransportKind) async throws {
        let (ok, _) = try await run(kind, .json(#"{"id": 3}"#)) {
            try await $0.connections.putConnectionsIdConnection(idConnection: 3)
        }
        #expect(ok == .ok(Connection(id: 3), response: ok.response))

        let (none, _) = try await run(kind, StubResponse(status: 204, contentType: nil)) {
            try await $0.connections.putConnectionsIdConnection(idConnection: 3)
        }
        #expect(none == .noContent(response: none.response))
        #expect(none.status == 204)

        let (other, _) = try await run(kind, .json(#"{"state": "queued"}"#, status: 207)) {
            try await $0.connections.putConnectionsIdConnection(idConnection: 3)
        }
        guard case .otherSuccess(let body, _) = other else {
            Issue.record("expected .otherSuccess, got \(other)")
            return
        }
        #expect(body.state == "queued")
        #expect(other.status == 207)
    }

    /// Text and bytes are handed over as they came; no `Accept: application/json` when not every body is JSON.
    @Test(arguments: TransportKind.allCases) func textAndBytes(_ kind: TransportKind) async throws {
        let (csv, requests) = try await run(
            kind,
            StubResponse(status: 201, contentType: "text/csv", body: Data("a;b\n1;2\n".utf8))
        ) {
            try await $0.exports.postExports()
        }
        #expect(csv == .created("a;b\n1;2\n", response: csv.response))
        #expect(requests.first?.header("Accept") != "application/json")  // URLSession adds `*/*`

        let bytes = Data([0, 1, 2, 255])
        let (raw, _) = try await run(
            kind,
            StubResponse(status: 203, contentType: "application/octet-stream", body: bytes)
        ) {
            try await $0.exports.postExports()
        }
        #expect(raw == .nonAuthoritativeInformation(bytes, response: raw.response))
    }

    /// A declared success whose body does not match its schema still fails as `.decodingFailed`.
    @Test(arguments: TransportKind.allCases) func wrongBodyForTheStatusIsDecodingFailed(_ kind: TransportKind)
        async throws
    {
        do {
            _ = try await run(kind, .json(#"{"id": "seven"}"#, status: 202)) {
                try await $0.connections.postUsersIdUserConnections(idUser: "me")
            }
            Issue.record("expected an error")
        } catch let error as APIError {
            guard case .decodingFailed(let response, let underlying) = error else {
                Issue.record("expected .decodingFailed, got \(error)")
                return
            }
            #expect(response.status == 202)
            #expect(underlying is DecodingError, "\(type(of: underlying))")
        }
    }

    /// Single-success operations keep returning the model; `withResponse` adds status and headers.
    @Test(arguments: TransportKind.allCases) func singleSuccessWithResponse(_ kind: TransportKind) async throws {
        var answer = StubResponse.json(#"{"id": 5}"#)
        answer.headers = ["ETag": "\"v5\""]
        let ((connection, response), _) = try await run(kind, answer) { client in
            try await client.withResponse { try await client.connections.getConnectionsIdConnection(idConnection: 5) }
        }
        #expect(connection.id == 5)
        #expect(response.status == 200)
        #expect(response.headers[.eTag] == "\"v5\"")
    }
}
