import BudgeaAPI
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

/// `Client.withResponse` reaches the status and headers of any operation's response, and the Budgea client
/// sends no body where none belongs; over real HTTP on 127.0.0.1, through each transport.
@Suite(.timeLimit(.minutes(1)))
struct ResponseAccessTests {
    static func respond(_ request: RecordedRequest) -> StubResponse {
        switch (request.method, request.path) {
        case ("GET", "/banks"):
            var answer = StubResponse.json(Fixtures.banks)
            answer.headers = ["X-Total-Count": "44"]
            return answer
        case ("GET", "/webauth"):
            return StubResponse(status: 204, contentType: nil, headers: ["Location": "https://example.invalid/done"])
        case ("POST", "/auth/init"):
            return .json(#"{"auth_token": "t", "type": "temporary"}"#, status: 201)
        default:
            return .json(#"{"code": "notFound"}"#, status: 404)
        }
    }

    func withClient<Value>(
        _ kind: TransportKind,
        _ body: (Client) async throws -> Value
    ) async throws -> (Value, [RecordedRequest]) {
        try await StubServer.serving({ Self.respond($0) }) { server in
            let value = try await withTransport(kind) {
                try await body(Client(serverURL: server.baseURL, transport: $0))
            }
            return (value, await server.requests)
        }
    }

    @Test(arguments: TransportKind.allCases) func statusAndHeadersOfAModelCall(_ kind: TransportKind) async throws {
        let ((banks, response), _) = try await withClient(kind) { client in
            try await client.withResponse { try await client.connections.getBanks(expand: "fields") }
        }
        #expect(banks.total == 44)
        #expect(response.status == 200)
        #expect(response.headers[try #require(HTTPField.Name("X-Total-Count"))] == "44")
        #expect(response.mediaType == "application/json")
    }

    /// Operations without a result too; and GET /webauth sends no body (the spec declares a multipart one).
    @Test(arguments: TransportKind.allCases) func statusAndHeadersOfAVoidCall(_ kind: TransportKind) async throws {
        let ((_, response), requests) = try await withClient(kind) { client in
            try await client.withResponse { try await client.authentication.getWebauth() }
        }
        #expect(response.status == 204)
        #expect(response.headers[.location] == "https://example.invalid/done")
        let request = try #require(requests.first)
        #expect(request.body.isEmpty)
        #expect(request.header("Content-Type") == nil)
    }

    /// Several calls in one closure: the last response is the one returned.
    @Test(arguments: TransportKind.allCases) func lastResponseWins(_ kind: TransportKind) async throws {
        let ((auth, response), requests) = try await withClient(kind) { client in
            try await client.withResponse {
                _ = try await client.connections.getBanks()
                return try await client.authentication.postAuthInit(body: Budgea.PostAuthInitRequest(clientId: "app"))
            }
        }
        #expect(auth.authToken == "t")
        #expect(response.status == 201)
        // An optional form with a field set is sent.
        let post = try #require(requests.last)
        #expect(
            Multipart.fields(try Multipart.parse(post.body, contentType: post.header("Content-Type"))) == [
                "client_id=app"
            ]
        )
    }

    /// A failed call throws as always; the error carries the status and headers.
    @Test(arguments: TransportKind.allCases) func failuresStillThrow(_ kind: TransportKind) async throws {
        do {
            _ = try await withClient(kind) { client in
                try await client.withResponse { try await client.connections.getBanksIdBank(idBank: 1) }
            }
            Issue.record("expected an error")
        } catch let error as APIError {
            #expect(error.status == 404)
            #expect(error.code == "notFound")
        }
    }

    @Test func aClosureThatSendsNothingIsAnInvalidRequest() async throws {
        let client = Client(serverURL: URL(fileURLWithPath: "/"), transport: NoTransport())
        do {
            _ = try await client.withResponse { 42 }
            Issue.record("expected an error")
        } catch APIError.invalidRequest(let reason) {
            #expect(reason.contains("no request"))
        }
    }

    /// From the main actor, with a closure that mutates main-actor state (not Sendable): it runs where it is called.
    @MainActor @Test func worksFromTheMainActor() async throws {
        let server = try await StubServer.start { Self.respond($0) }
        let client = Client(serverURL: server.baseURL, transport: makeURLSessionTransport(timeout: 5))
        var seen: [Decimal] = []
        let outcome: Result<(Budgea.GetBanksResponse, APIResponse), any Error>
        do {
            outcome = .success(
                try await client.withResponse {
                    let banks = try await client.connections.getBanks()
                    seen.append(banks.total ?? 0)
                    return banks
                }
            )
        } catch {
            outcome = .failure(error)
        }
        await server.stop()
        let (banks, response) = try outcome.get()
        #expect(seen == [44])
        #expect(banks.total == 44)
        #expect(response.status == 200)
    }

    /// A hand-built GET with a body is refused before anything is sent.
    @Test(arguments: TransportKind.allCases) func handBuiltGetWithABodyIsRefused(_ kind: TransportKind) async throws {
        let (error, requests) = try await withClient(kind) { client -> APIError? in
            var request = RequestBuilder(method: .get, path: "/banks")
            request.setRawBody(Data("{}".utf8), contentType: "application/json")
            do {
                _ = try await client.apiClient.send(request, operationID: "test")
                return nil
            } catch let error as APIError {
                return error
            }
        }
        guard case .invalidRequest(let reason)? = error else {
            Issue.record("expected .invalidRequest, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("GET"))
        #expect(requests.isEmpty)
    }
}

/// For calls that must fail before reaching any transport.
private struct NoTransport: ClientTransport {
    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (
        HTTPResponse, HTTPBody?
    ) {
        throw CancellationError()
    }
}
