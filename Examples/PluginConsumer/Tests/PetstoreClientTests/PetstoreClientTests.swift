import FlyingFox
import Foundation
import OpenAPIURLSession
import PetstoreClient
import Testing

/// Calls one generated endpoint over real HTTP against a server on 127.0.0.1.
@Suite struct PetstoreClientTests {
    @Test func getsAPetThroughTheGeneratedClient() async throws {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0))
        await server.appendRoute("GET /pets/*") { request in
            #expect(request.headers[HTTPHeader("Authorization")] == "Bearer secret")
            let body = #"{"id": 7, "name": "Rex", "kind": "parrot", "born": "2020-02-29", "extra": true}"#
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json"], body: Data(body.utf8))
        }
        let task = Task { try await server.run() }
        defer { task.cancel() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            Issue.record("server is not listening on IPv4")
            return
        }
        let client = Client(
            serverURL: try #require(URL(string: "http://127.0.0.1:\(port)")),
            transport: URLSessionTransport(),
            middlewares: [BearerTokenMiddleware(token: "secret")],
            keepUndeclaredFields: true
        )
        let pet = try await client.pets.getPetsIdPet(idPet: 7)
        #expect(pet.id == 7)
        #expect(pet.name == "Rex")
        #expect(pet.kind == .unknown("parrot"))
        #expect(pet.born?.description == "2020-02-29")
        // Tolerant decoding (the plugin config's `decoding: tolerant`) keeps the undeclared field on request.
        #expect(pet.unmatchedFields["extra"] == true)
    }
}
