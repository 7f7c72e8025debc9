import BudgeaAPI
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

/// The support runtime's logging and retry middlewares, in a generated client, over real HTTP on 127.0.0.1.
@Suite(.timeLimit(.minutes(1)))
struct MiddlewareTests {
    /// Lines a middleware wrote or delays it waited, in order.
    actor Recorder<Value: Sendable> {
        var values: [Value] = []
        func append(_ value: Value) { values.append(value) }
    }

    @Test(arguments: TransportKind.allCases) func loggingRedactsSecrets(_ kind: TransportKind) async throws {
        let lines = LineLog()
        var stub = StubResponse.json(#"{"banks": [], "total": 0}"#)
        stub.headers = ["Set-Cookie": "session=cookie-secret", "X-Request-Id": "r-17"]
        let answer = stub
        let requests = try await StubServer.serving({ _ in answer }) { server in
            try await withTransport(kind) { transport in
                let logging = LoggingMiddleware(secretHeaders: ["X-Api-Key"], log: lines.append)
                // Inside the token middleware, so the log sees the request as sent.
                let client = Client(
                    serverURL: server.baseURL,
                    transport: transport,
                    middlewares: [BearerTokenMiddleware(token: "bearer-secret"), logging]
                )
                var request = RequestBuilder(method: .get, path: "/banks")
                request.addQuery("limit", 2)
                request.addQuery("access_token", "query-secret")
                request.setHeader("X-Api-Key", "key-secret")
                request.setHeader("Cookie", "session=cookie-secret")
                _ = try await client.apiClient.send(request, operationID: "connections.getBanks")
            }
            return await server.requests
        }
        // Logging changes nothing that is sent.
        #expect(requests.first?.query == "limit=2&access_token=query-secret")
        #expect(requests.first?.header("authorization") == "Bearer bearer-secret")
        #expect(requests.first?.header("x-api-key") == "key-secret")

        let log = lines.lines
        #expect(log.count == 2, "\(log)")
        let text = log.joined(separator: "\n")
        for secret in ["bearer-secret", "query-secret", "key-secret", "cookie-secret"] {
            #expect(!text.contains(secret), "\(secret) leaked: \(text)")
        }
        let sent = try #require(log.first)
        #expect(sent.hasPrefix("→ connections.getBanks GET /banks?limit=2&access_token=<redacted> ["), "\(sent)")
        #expect(
            sent.contains("Authorization: <redacted>") && sent.contains("X-Api-Key: <redacted>")
                && sent.contains("Cookie: <redacted>")
        )
        let received = try #require(log.last)
        #expect(
            received.hasPrefix("← connections.getBanks 200 GET /banks?limit=2&access_token=<redacted> ("),
            "\(received)"
        )
        #expect(received.contains("Set-Cookie: <redacted>") && received.contains("X-Request-Id: r-17"), "\(received)")
    }

    /// What the server answers to the n-th request (0-based); the last answer repeats.
    static func sequence(_ answers: [StubResponse]) -> @Sendable (RecordedRequest) async -> StubResponse {
        let counter = Recorder<Int>()
        return { _ in
            await counter.append(1)
            let index = await counter.values.count - 1
            return answers[min(index, answers.count - 1)]
        }
    }

    static func status(_ code: Int, retryAfter: String? = nil) -> StubResponse {
        var answer = StubResponse.json(#"{"code": "busy"}"#, status: code)
        if let retryAfter { answer.headers["Retry-After"] = retryAfter }
        return answer
    }

    /// A retrying client whose clock is fixed and whose waits are recorded, not slept.
    static func retrying(
        _ server: StubServer,
        _ transport: any ClientTransport,
        waits: Recorder<Duration>,
        maxAttempts: Int = 3
    ) -> Client {
        let retry = RetryMiddleware(
            maxAttempts: maxAttempts,
            maxDelay: .seconds(30),
            now: { Date(timeIntervalSince1970: 1_800_000_000) },
            sleep: { await waits.append($0) }
        )
        return Client(serverURL: server.baseURL, transport: transport, middlewares: [retry])
    }

    @Test(arguments: TransportKind.allCases) func retryHonoursRetryAfterSecondsAndDate(_ kind: TransportKind)
        async throws
    {
        let waits = Recorder<Duration>()
        let answers = [
            Self.status(503, retryAfter: "2"),
            Self.status(429, retryAfter: "Fri, 15 Jan 2027 08:00:03 GMT"),  // the fixed clock + 3 s
            .json(#"{"banks": [{"id": 59, "name": "Test"}], "total": 1}"#),
        ]
        let (banks, requests) = try await StubServer.serving(Self.sequence(answers)) { server in
            let banks = try await withTransport(kind) {
                try await Self.retrying(server, $0, waits: waits).connections.getBanks()
            }
            return (banks, await server.requests)
        }
        #expect(banks.banks.map(\.id) == [59])
        #expect(requests.map { "\($0.method) \($0.path)" } == Array(repeating: "GET /banks", count: 3))
        #expect(await waits.values == [.seconds(2), .seconds(3)])
    }

    /// `getBanks` through a retrying client against `answers`: the error it ends with and what the server got.
    static func failingGetBanks(
        _ answers: [StubResponse],
        waits: Recorder<Duration>,
        maxAttempts: Int = 3
    ) async throws -> (APIError?, [RecordedRequest]) {
        try await StubServer.serving(Self.sequence(answers)) { server in
            let client = Self.retrying(
                server,
                makeURLSessionTransport(timeout: 5),
                waits: waits,
                maxAttempts: maxAttempts
            )
            do {
                _ = try await client.connections.getBanks()
                return (nil, await server.requests)
            } catch let error as APIError {
                return (error, await server.requests)
            }
        }
    }

    @Test func retryStopsAfterMaxAttempts() async throws {
        let waits = Recorder<Duration>()
        let (error, requests) = try await Self.failingGetBanks([Self.status(503)], waits: waits, maxAttempts: 4)
        #expect(requests.count == 4)
        #expect(error?.status == 503)
        #expect(await waits.values == [.seconds(1), .seconds(2), .seconds(4)])  // backoff without Retry-After
    }

    /// POST is not idempotent: one request, whatever the status.
    @Test func retryLeavesPostAlone() async throws {
        let waits = Recorder<Duration>()
        let requests = try await StubServer.serving(Self.sequence([Self.status(503, retryAfter: "1")])) { server in
            let client = Self.retrying(server, makeURLSessionTransport(timeout: 5), waits: waits)
            _ = try? await client.authentication.postAuthInit()
            return await server.requests
        }
        #expect(requests.map(\.method) == ["POST"])
        #expect(await waits.values.isEmpty)
    }

    /// A wait longer than `maxDelay` is not worth holding the caller: the 429 comes back at once.
    @Test func retryGivesUpOnATooLongRetryAfter() async throws {
        let waits = Recorder<Duration>()
        let (error, requests) = try await Self.failingGetBanks([Self.status(429, retryAfter: "3600")], waits: waits)
        #expect(requests.count == 1)
        #expect(error?.status == 429)
        #expect(await waits.values.isEmpty)
    }
}

/// Log lines as written, from any thread.
final class LineLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    @Sendable func append(_ line: String) {
        lock.lock()
        stored.append(line)
        lock.unlock()
    }

    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
