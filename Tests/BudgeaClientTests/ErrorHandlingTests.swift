import BudgeaAPI
import Foundation
import OpenAPIURLSession
import Testing

/// Every failure mode ends in a typed `APIError`, quickly: never a crash, never a hang.
@Suite(.timeLimit(.minutes(1)))
struct ErrorHandlingTests {
    /// Runs `call` against a stub answering `response`, returns the thrown error (or records an issue).
    func failure(
        _ response: StubResponse, timeout: TimeInterval = 5,
        _ call: @Sendable (Client) async throws -> Void
    ) async throws -> APIError? {
        let server = try await StubServer.start { _ in response }
        let client = Client(serverURL: server.baseURL, transport: makeTransport(timeout: timeout), middlewares: [BearerTokenMiddleware(token: "t")])
        defer { Task { await server.stop() } }
        do {
            try await call(client)
            Issue.record("expected an error")
            return nil
        } catch let error as APIError {
            return error
        } catch {
            Issue.record("expected APIError, got \(type(of: error)): \(error)")
            return nil
        }
    }

    @Test func wrongPasswordIsA4xxWithItsCode() async throws {
        let error = try await failure(.json(#"{"code": "wrongpass", "message": "Wrong password"}"#, status: 400)) {
            _ = try await $0.connections.postUsersIdUserConnections(
                idUser: "me", body: .init(idBank: 59), extraFields: ["login": "12345678", "password": "bad"])
        }
        guard case .unexpectedStatus(let status, _, _, let object)? = error else {
            Issue.record("expected .unexpectedStatus, got \(String(describing: error))")
            return
        }
        #expect(status == 400)
        #expect(object?["code"] == .string("wrongpass"))
        #expect(error?.code == "wrongpass")
        #expect(error?.message == "Wrong password")
        #expect(error?.description == "HTTP 400: wrongpass: Wrong password")
    }

    @Test func serverErrorIsUnexpectedStatus() async throws {
        let error = try await failure(StubResponse(status: 503, contentType: "text/html", body: Data("<h1>Service Unavailable</h1>".utf8))) {
            _ = try await $0.connections.getBanks()
        }
        guard case .unexpectedStatus(let status, _, let body, let object)? = error else {
            Issue.record("expected .unexpectedStatus, got \(String(describing: error))")
            return
        }
        #expect(status == 503)
        #expect(object == nil)
        #expect(String(decoding: body, as: UTF8.self) == "<h1>Service Unavailable</h1>")
        #expect(error?.code == nil)
    }

    @Test func internalServerErrorWithJSONBody() async throws {
        let error = try await failure(.json(#"{"code": "bug", "message": "An internal error occurred"}"#, status: 500)) {
            _ = try await $0.connections.getUsersIdUserConnections(idUser: "me")
        }
        #expect(error?.status == 500)
        #expect(error?.code == "bug")
    }

    @Test func malformedJSONIsDecodingFailed() async throws {
        let error = try await failure(.json(#"{"banks": [{"id": 59, "name": "Test""#)) {
            _ = try await $0.connections.getBanks()
        }
        guard case .decodingFailed(let status, _, let underlying)? = error else {
            Issue.record("expected .decodingFailed, got \(String(describing: error))")
            return
        }
        #expect(status == 200)
        #expect(!underlying.isEmpty)
    }

    @Test func wrongShapeNamesThePath() async throws {
        let error = try await failure(.json(#"{"banks": [{"id": "fifty-nine", "uuid": "u", "name": "Test", "charged": true, "beta": false, "restricted": false}]}"#)) {
            _ = try await $0.connections.getBanks()
        }
        guard case .decodingFailed(_, _, let underlying)? = error else {
            Issue.record("expected .decodingFailed, got \(String(describing: error))")
            return
        }
        #expect(underlying.contains(".banks[0].id"), "\(underlying)")
    }

    @Test func wrongContentTypeIsReported() async throws {
        let error = try await failure(StubResponse(status: 200, contentType: "text/html; charset=utf-8", body: Data("<html></html>".utf8))) {
            _ = try await $0.connections.getBanks()
        }
        guard case .unexpectedContentType(let type)? = error else {
            Issue.record("expected .unexpectedContentType, got \(String(describing: error))")
            return
        }
        #expect(type == "text/html; charset=utf-8")
    }

    @Test func connectionRefusedIsATransportError() async throws {
        // A port that was just listening and is now closed: nothing answers there.
        let server = try await StubServer.start { _ in .json("{}") }
        let url = server.baseURL
        await server.stop()
        let client = Client(serverURL: url, transport: makeTransport(timeout: 2))
        let clock = ContinuousClock()
        let start = clock.now
        await #expect {
            _ = try await client.connections.getBanks()
        } throws: { error in
            guard case .transport(let reason) = error as? APIError else { return false }
            // NSURLErrorCannotConnectToHost (-1004): refused, not timed out.
            return reason.contains("-1004") || reason.localizedCaseInsensitiveContains("connect")
        }
        #expect(clock.now - start < .seconds(3))
    }

    @Test func slowServerTimesOut() async throws {
        // The server holds its answer 2 s; the transport gives up after 1 s. (swift-corelibs-foundation
        // truncates URLSession timeouts to whole seconds, so 0.5 s would mean "time out at once".)
        let clock = ContinuousClock()
        let start = clock.now
        let error = try await failure(StubResponse(body: Data("{}".utf8), delay: .seconds(2)), timeout: 1) {
            _ = try await $0.connections.getBanks()
        }
        guard case .transport(let reason)? = error else {
            Issue.record("expected .transport, got \(String(describing: error))")
            return
        }
        // NSURLErrorTimedOut, not some other transport failure.
        #expect(reason.contains("-1001") || reason.localizedCaseInsensitiveContains("timed out"), "\(reason)")
        #expect(clock.now - start >= .milliseconds(900))
        #expect(clock.now - start < .seconds(3))
    }

    @Test func cancelledTaskThrowsCancelled() async throws {
        let server = try await StubServer.start { _ in StubResponse(body: Data(#"{"banks": []}"#.utf8), delay: .seconds(2)) }
        defer { Task { await server.stop() } }
        let client = Client(serverURL: server.baseURL, transport: makeTransport())
        let clock = ContinuousClock()
        let start = clock.now
        let task = Task { try await client.connections.getBanks() }
        // Cancel once the request is on the server, so the cancellation hits an in-flight call.
        while await server.requests.isEmpty, clock.now - start < .seconds(2) { try await Task.sleep(for: .milliseconds(10)) }
        task.cancel()
        let result = await task.result
        #expect(clock.now - start < .seconds(2))
        guard case .failure(let error) = result, case .cancelled? = error as? APIError else {
            Issue.record("expected APIError.cancelled, got \(result)")
            return
        }
    }

    @Test func alreadyCancelledTaskSendsNothing() async throws {
        let server = try await StubServer.start { _ in .json(#"{"banks": []}"#) }
        defer { Task { await server.stop() } }
        let client = Client(serverURL: server.baseURL, transport: makeTransport())
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await client.connections.getBanks()
        }
        let result = await task.result
        guard case .failure(let error) = result, case .cancelled? = error as? APIError else {
            Issue.record("expected APIError.cancelled, got \(result)")
            return
        }
        #expect(await server.requests.isEmpty)
    }
}
