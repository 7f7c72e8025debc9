import BudgeaAPI
import FlyingFox
import Foundation

/// One request as the server saw it: raw (still percent-encoded) path and query, headers, body bytes.
struct RecordedRequest: Sendable {
    var method: String
    var path: String
    var query: String
    /// Header names lower-cased; repeated headers joined with ", ".
    var headers: [String: String]
    var body: Data

    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// What the stub answers; `delay` holds the answer back (bounded: tests use at most a few seconds).
struct StubResponse: Sendable {
    var status: Int = 200
    var contentType: String? = "application/json"
    var body: Data = Data()
    var delay: Duration? = nil
    var headers: [String: String] = [:]

    static func json(_ text: String, status: Int = 200) -> StubResponse {
        StubResponse(status: status, body: Data(text.utf8))
    }
}

/// Requests in arrival order.
actor RequestLog {
    private(set) var requests: [RecordedRequest] = []
    func append(_ request: RecordedRequest) { requests.append(request) }
}

/// A FlyingFox server on 127.0.0.1 with an ephemeral port, answering every request with `respond`.
/// Nothing in these tests talks to any other address.
final class StubServer: Sendable {
    let server: HTTPServer
    let task: Task<Void, any Error>
    let port: UInt16
    let log: RequestLog

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }
    var requests: [RecordedRequest] { get async { await log.requests } }

    private init(server: HTTPServer, task: Task<Void, any Error>, port: UInt16, log: RequestLog) {
        self.server = server
        self.task = task
        self.port = port
        self.log = log
    }

    static func start(_ respond: @escaping @Sendable (RecordedRequest) async -> StubResponse) async throws -> StubServer
    {
        let log = RequestLog()
        let handler = ClosureHTTPHandler { request in
            var headers: [String: String] = [:]
            for (key, value) in request.headers {
                let name = key.rawValue.lowercased()
                headers[name] = headers[name].map { $0 + ", " + value } ?? value
            }
            let recorded = RecordedRequest(
                method: request.method.rawValue,
                path: request.target.path(percentEncoded: true),
                query: request.target.query(percentEncoded: true),
                headers: headers,
                body: try await request.bodyData
            )
            await log.append(recorded)
            let stub = await respond(recorded)
            if let delay = stub.delay { try? await Task.sleep(for: delay) }
            var responseHeaders = HTTPHeaders()
            if let type = stub.contentType { responseHeaders[HTTPHeader("Content-Type")] = type }
            for (name, value) in stub.headers { responseHeaders[HTTPHeader(name)] = value }
            return FlyingFox.HTTPResponse(
                statusCode: HTTPStatusCode(stub.status, phrase: stub.status < 400 ? "OK" : "Error"),
                headers: responseHeaders,
                body: stub.body
            )
        }
        let server = HTTPServer(
            address: try .inet(ip4: "127.0.0.1", port: 0),
            timeout: 5,
            logger: .disabled,
            handler: handler
        )
        let task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 5)
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            task.cancel()
            throw StubServerError.noPort
        }
        return StubServer(server: server, task: task, port: port, log: log)
    }

    /// Starts a server for `body` and stops it afterwards, also when `body` throws, so no listener outlives its test.
    static func serving<Result>(
        _ respond: @escaping @Sendable (RecordedRequest) async -> StubResponse,
        _ body: (StubServer) async throws -> Result
    ) async throws -> Result {
        let server = try await start(respond)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
    }
}

enum StubServerError: Error { case noPort }

/// Holds the current bearer token; the client's middleware reads it on every call.
actor TokenStore {
    var token: String?
    init(_ token: String? = nil) { self.token = token }
    func set(_ token: String?) { self.token = token }
}

/// One part of a multipart/form-data body.
struct MultipartPart: Equatable, Sendable {
    var headers: [String: String]
    var name: String?
    var filename: String?
    var body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
}

enum MultipartParseError: Error, Equatable {
    case noBoundary, missingOpeningDelimiter, missingHeaderEnd, missingClosingDelimiter, trailingData
}

/// A deliberately strict RFC 7578 / RFC 2046 parser: CRLF line ends, `--boundary` delimiters,
/// a final `--boundary--`, nothing but CRLF after it.
enum Multipart {
    static func boundary(fromContentType contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(
                String.init
            )
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    static func parse(_ body: Data, contentType: String?) throws(MultipartParseError) -> [MultipartPart] {
        guard let boundary = boundary(fromContentType: contentType) else { throw .noBoundary }
        let bytes = [UInt8](body)
        let opening = Array("--\(boundary)".utf8)
        let delimiter = Array("\r\n--\(boundary)".utf8)
        guard bytes.starts(with: opening) else { throw .missingOpeningDelimiter }
        var index = opening.count
        var parts: [MultipartPart] = []
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if bytes[index...].starts(with: Array("--".utf8)) {
                let rest = bytes[(index + 2)...]
                guard rest.isEmpty || Array(rest) == Array("\r\n".utf8) else { throw .trailingData }
                return parts
            }
            guard bytes[index...].starts(with: Array("\r\n".utf8)) else { throw .missingClosingDelimiter }
            index += 2
            guard let headerEnd = find(Array("\r\n\r\n".utf8), in: bytes, from: index) else { throw .missingHeaderEnd }
            let headerText = String(decoding: bytes[index..<headerEnd], as: UTF8.self)
            index = headerEnd + 4
            guard let end = find(delimiter, in: bytes, from: index) else { throw .missingClosingDelimiter }
            var headers: [String: String] = [:]
            for line in headerText.components(separatedBy: "\r\n") where !line.isEmpty {
                let pair = line.split(separator: ":", maxSplits: 1).map(String.init)
                if pair.count == 2 { headers[pair[0].lowercased()] = pair[1].trimmingCharacters(in: .whitespaces) }
            }
            let disposition = headers["content-disposition"] ?? ""
            parts.append(
                MultipartPart(
                    headers: headers,
                    name: parameter("name", in: disposition),
                    filename: parameter("filename", in: disposition),
                    body: Data(bytes[index..<end])
                )
            )
            index = end + delimiter.count
        }
    }

    /// `name="value"` inside a Content-Disposition header.
    static func parameter(_ key: String, in header: String) -> String? {
        for item in header.split(separator: ";").dropFirst() {
            let pair = item.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2, pair[0] == key {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count - start else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// `name -> value` of the text parts, in order, for compact assertions.
    static func fields(_ parts: [MultipartPart]) -> [String] {
        parts.map { "\($0.name ?? "?")=\($0.text)" }
    }
}
