import AsyncHTTPClient
import Foundation
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import OpenAPIURLSession
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The transports the end-to-end tests run through: `@Test(arguments: TransportKind.allCases)`.
enum TransportKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case urlSession = "URLSession"
    case asyncHTTPClient = "AsyncHTTPClient"

    // Shown in test results, so a failure names its transport.
    var testDescription: String { rawValue }
}

/// Runs `body` with a fresh transport of `kind` whose requests give up after `timeout` seconds,
/// then tears it down, also when `body` throws, so no HTTPClient outlives its test.
func withTransport<Value>(
    _ kind: TransportKind,
    timeout: TimeInterval = 5,
    _ body: (any ClientTransport) async throws -> Value
) async throws -> Value {
    switch kind {
    case .urlSession:
        return try await body(makeURLSessionTransport(timeout: timeout))
    case .asyncHTTPClient:
        let client = makeHTTPClient(timeout: timeout)
        let transport = AsyncHTTPClientTransport(
            configuration: .init(client: client, timeout: .milliseconds(milliseconds(timeout)))
        )
        let outcome: Result<Value, any Error>
        do { outcome = .success(try await body(transport)) } catch { outcome = .failure(error) }
        try await client.shutdown()
        return try outcome.get()
    }
}

/// A URLSession transport with short timeouts so failing cases end in seconds.
func makeURLSessionTransport(timeout: TimeInterval) -> URLSessionTransport {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout
    configuration.connectionProxyDictionary = [:]
    return URLSessionTransport(configuration: .init(session: URLSession(configuration: configuration)))
}

/// An HTTPClient on the shared event loops (nothing to shut down but the client itself), no proxy.
/// The transport's deadline covers connect + response head; the read timeout, twice as long so the
/// two never race on a slow head, only ends a body that stalls after the head.
func makeHTTPClient(timeout: TimeInterval) -> HTTPClient {
    let limit = milliseconds(timeout)
    var configuration = HTTPClient.Configuration(
        timeout: .init(connect: .milliseconds(limit), read: .milliseconds(2 * limit))
    )
    configuration.proxy = nil
    return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
}

private func milliseconds(_ seconds: TimeInterval) -> Int64 { Int64((seconds * 1000).rounded()) }
