import AsyncHTTPClient
import BudgeaAPI
import Foundation
import Testing

/// Every failure mode ends in a typed `APIError`, quickly: never a crash, never a hang; through each transport.
@Suite(.timeLimit(.minutes(1)))
struct ErrorHandlingTests {
    /// Runs `call` against a stub answering `response`, returns the thrown error (or records an issue).
    func failure(
        _ kind: TransportKind,
        _ response: StubResponse,
        timeout: TimeInterval = 5,
        onDecodingMismatch: DecodingMismatchHandler = .ignore,
        _ call: @Sendable (Client) async throws -> Void
    ) async throws -> APIError? {
        return try await StubServer.serving({ _ in response }) { server in
            return try await withTransport(kind, timeout: timeout) { transport in
                let client = Client(
                    serverURL: server.baseURL,
                    transport: transport,
                    middlewares: [BearerTokenMiddleware(token: "t")],
                    onDecodingMismatch: onDecodingMismatch
                )
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
        }
    }

    @Test(arguments: TransportKind.allCases) func wrongPasswordIsA4xxWithItsCode(_ kind: TransportKind) async throws {
        let error = try await failure(kind, .json(#"{"code": "wrongpass", "message": "Wrong password"}"#, status: 400))
        {
            _ = try await $0.connections.postUsersIdUserConnections(
                idUser: "me",
                body: .init(idBank: 59),
                extraFields: ["login": "12345678", "password": "bad"]
            )
        }
        guard case .unexpectedStatus(let response, let object)? = error else {
            Issue.record("expected .unexpectedStatus, got \(String(describing: error))")
            return
        }
        #expect(response.status == 400)
        #expect(response.operationID == "connections.postUsersIdUserConnections")
        #expect(object?["code"] == .string("wrongpass"))
        #expect(error?.code == "wrongpass")
        #expect(error?.message == "Wrong password")
        // Logs get where and how much, never what: a body can hold a token or an IBAN.
        #expect(error?.description == "HTTP 400 from connections.postUsersIdUserConnections (50-byte body)")
        #expect(
            error?.describe(includingBody: true)
                == "HTTP 400 from connections.postUsersIdUserConnections (50-byte body): "
                + #"wrongpass: Wrong password; body: {"code": "wrongpass", "message": "Wrong password"}"#
        )
    }

    /// `message` falls back to the fields the Budgea guide names: `description`, then `error_message`.
    @Test(arguments: [
        (#"{"code": "invalidValue", "description": "bad id_bank"}"#, "bad id_bank"),
        (#"{"code": "websiteUnavailable", "error_message": "Site en maintenance"}"#, "Site en maintenance"),
        (#"{"code": 42}"#, nil),
    ]) func messageReadsTheDocumentedFields(_ body: String, _ message: String?) async throws {
        let error = try await failure(.urlSession, .json(body, status: 400)) { _ = try await $0.connections.getBanks() }
        #expect(error?.message == message)
        #expect(error?.code != nil)
        #expect(error?.description.contains(message ?? "42") == false)
    }

    @Test(arguments: TransportKind.allCases) func serverErrorIsUnexpectedStatus(_ kind: TransportKind) async throws {
        let error = try await failure(
            kind,
            StubResponse(status: 503, contentType: "text/html", body: Data("<h1>Service Unavailable</h1>".utf8))
        ) {
            _ = try await $0.connections.getBanks()
        }
        guard case .unexpectedStatus(let response, let object)? = error else {
            Issue.record("expected .unexpectedStatus, got \(String(describing: error))")
            return
        }
        #expect(response.status == 503)
        #expect(object == nil)
        #expect(String(decoding: response.body, as: UTF8.self) == "<h1>Service Unavailable</h1>")
        #expect(error?.body == response.body)
        #expect(error?.code == nil)
        #expect(error?.description == "HTTP 503 from connections.getBanks (28-byte body)")
    }

    @Test(arguments: TransportKind.allCases) func internalServerErrorWithJSONBody(_ kind: TransportKind) async throws {
        let error = try await failure(
            kind,
            .json(#"{"code": "bug", "message": "An internal error occurred"}"#, status: 500)
        ) {
            _ = try await $0.connections.getUsersIdUserConnections(idUser: "me")
        }
        #expect(error?.status == 500)
        #expect(error?.code == "bug")
    }

    @Test(arguments: TransportKind.allCases) func malformedJSONIsDecodingFailed(_ kind: TransportKind) async throws {
        let error = try await failure(kind, .json(#"{"banks": [{"id": 59, "name": "Test""#)) {
            _ = try await $0.connections.getBanks()
        }
        guard case .decodingFailed(let response, let underlying)? = error else {
            Issue.record("expected .decodingFailed, got \(String(describing: error))")
            return
        }
        #expect(response.status == 200)
        guard case .dataCorrupted? = underlying as? DecodingError else {
            Issue.record("expected the decoder's DecodingError.dataCorrupted, got \(underlying)")
            return
        }
        #expect(
            error?.description.hasPrefix("Cannot decode HTTP 200 response from connections.getBanks (36-byte body): ")
                == true,
            "\(String(describing: error))"
        )
        #expect(error?.description.contains("Test") == false, "\(String(describing: error))")
    }

    static let bankWithUnreadableID = """
        {"banks": [{"id": "fifty-nine", "uuid": "u", "name": "Test", "charged": true, "beta": false, "restricted": false},
                   {"id": 60, "uuid": "v", "name": "Kept", "charged": true, "beta": false, "restricted": false}]}
        """

    /// Tolerant by default: the bank without a usable id is left out and reported, the others arrive.
    @Test(arguments: TransportKind.allCases) func unreadableIdentityDropsOnlyItsElement(_ kind: TransportKind)
        async throws
    {
        let log = MismatchLog()
        let banks = try await StubServer.serving({ _ in .json(Self.bankWithUnreadableID) }) { server in
            try await withTransport(kind, timeout: 5) { transport in
                try await Client(serverURL: server.baseURL, transport: transport, onDecodingMismatch: log.handler)
                    .connections.getBanks()
            }
        }
        #expect(banks.banks.map(\.id) == [60])
        #expect(
            log.descriptions.filter { $0.contains(".id:") || $0.contains("droppedElement") } == [
                "$.banks[0].id: unreadable, expected Int, found string",
                "$.banks[0]: droppedElement, expected Connector, found object",
            ]
        )
    }

    /// Strict is one option away, and its error names the field's path.
    @Test(arguments: TransportKind.allCases) func strictDecodingNamesThePath(_ kind: TransportKind) async throws {
        let error = try await failure(kind, .json(Self.bankWithUnreadableID), onDecodingMismatch: .strict) {
            _ = try await $0.connections.getBanks()
        }
        guard case .decodingFailed(_, let underlying)? = error, let mismatch = underlying as? DecodingMismatchError
        else {
            Issue.record("expected .decodingFailed with a DecodingMismatchError, got \(String(describing: error))")
            return
        }
        #expect(mismatch.mismatch.description.contains("$.banks[0].id"), "\(mismatch)")
    }

    @Test(arguments: TransportKind.allCases) func wrongContentTypeIsReported(_ kind: TransportKind) async throws {
        let error = try await failure(
            kind,
            StubResponse(status: 200, contentType: "text/html; charset=utf-8", body: Data("<html></html>".utf8))
        ) {
            _ = try await $0.connections.getBanks()
        }
        guard case .unexpectedContentType(let type)? = error else {
            Issue.record("expected .unexpectedContentType, got \(String(describing: error))")
            return
        }
        #expect(type == "text/html; charset=utf-8")
    }

    @Test(arguments: TransportKind.allCases) func connectionRefusedIsATransportError(_ kind: TransportKind) async throws
    {
        // A port bound but not listening: the connection is refused, and no other test can take the port meanwhile.
        let closed = try ClosedPort()
        let url = try #require(closed.url)
        defer { withExtendedLifetime(closed) {} }
        let clock = ContinuousClock()
        let start = clock.now
        let cause: (any Error)? = try await withTransport(kind, timeout: 2) { transport in
            do {
                _ = try await Client(serverURL: url, transport: transport).connections.getBanks()
                Issue.record("expected an error")
                return nil
            } catch {
                guard case .transport(let underlying) = error as? APIError else {
                    Issue.record("expected APIError.transport, got \(error)")
                    return nil
                }
                return underlying
            }
        }
        let elapsed = clock.now - start
        let underlying = try #require(cause)
        let text = String(describing: underlying)
        switch kind {
        case .urlSession:
            // NSURLErrorCannotConnectToHost (-1004), at once: refused, not timed out. The transport's own error.
            #expect((underlying as NSError).domain == NSURLErrorDomain, "\(text)")
            #expect((underlying as NSError).code == -1004, "\(text)")
            // Far under the 60 s request timeout; the bound leaves room for a loaded CI machine.
            #expect(elapsed < .seconds(10))
        case .asyncHTTPClient:
            // The pool retries refused connections with backoff until the 2 s connect timeout,
            // then reports the last connect error (ECONNREFUSED), not a timeout.
            #expect(text.contains("Connection refused"), "\(text)")
            #expect(!text.contains("Timeout") && !text.contains("deadline"), "\(text)")
            #expect(elapsed >= .milliseconds(1900))
            #expect(elapsed < .seconds(10))
        }
    }

    @Test(arguments: TransportKind.allCases) func slowServerTimesOut(_ kind: TransportKind) async throws {
        // The server holds its answer 2 s; the transport gives up after 1 s. (swift-corelibs-foundation
        // truncates URLSession timeouts to whole seconds, so 0.5 s would mean "time out at once".)
        let clock = ContinuousClock()
        let start = clock.now
        let error = try await failure(kind, StubResponse(body: Data("{}".utf8), delay: .seconds(2)), timeout: 1) {
            _ = try await $0.connections.getBanks()
        }
        guard case .transport(let underlying)? = error else {
            Issue.record("expected .transport, got \(String(describing: error))")
            return
        }
        switch kind {
        case .urlSession: #expect((underlying as NSError).code == -1001, "\(underlying)")  // NSURLErrorTimedOut
        case .asyncHTTPClient: #expect(underlying as? HTTPClientError == .deadlineExceeded, "\(underlying)")
        }
        // The error codes above tell a timeout from the answer arriving; the bound only rules out a hang,
        // with room for a loaded CI machine.
        #expect(clock.now - start >= .milliseconds(900))
        #expect(clock.now - start < .seconds(10))
    }

    @Test(arguments: TransportKind.allCases) func cancelledTaskThrowsCancelled(_ kind: TransportKind) async throws {
        try await StubServer.serving({ _ in StubResponse(body: Data(#"{"banks": []}"#.utf8), delay: .seconds(2)) }) {
            server in
            try await withTransport(kind) { transport in
                let client = Client(serverURL: server.baseURL, transport: transport)
                let clock = ContinuousClock()
                let start = clock.now
                let task = Task { try await client.connections.getBanks() }
                // Cancel once the request is on the server, so the cancellation hits an in-flight call.
                while await server.requests.isEmpty, clock.now - start < .seconds(2) {
                    try await Task.sleep(for: .milliseconds(10))
                }
                task.cancel()
                let result = await task.result
                #expect(clock.now - start < .seconds(2))
                guard case .failure(let error) = result, case .cancelled? = error as? APIError else {
                    Issue.record("expected APIError.cancelled, got \(result)")
                    return
                }
            }
        }
    }

    @Test(arguments: TransportKind.allCases) func alreadyCancelledTaskSendsNothing(_ kind: TransportKind) async throws {
        try await StubServer.serving({ _ in .json(#"{"banks": []}"#) }) { server in
            try await withTransport(kind) { transport in
                let client = Client(serverURL: server.baseURL, transport: transport)
                let task = Task {
                    withUnsafeCurrentTask { $0?.cancel() }
                    return try await client.connections.getBanks()
                }
                let result = await task.result
                guard case .failure(let error) = result, case .cancelled? = error as? APIError else {
                    Issue.record("expected APIError.cancelled, got \(result)")
                    return
                }
            }
            #expect(await server.requests.isEmpty)
        }
    }
}
