import Foundation
import NoBodyAPI
import Testing

/// The `no-body` golden compiled as a client: GET, HEAD and DELETE never send a body (the spec declares
/// one on each), and an optional form with no field set is not sent; over real HTTP on 127.0.0.1.
@Suite(.timeLimit(.minutes(1)))
struct NoBodyTests {
    /// The requests the stub received while `calls` ran, through a transport of `kind`.
    func requests(_ kind: TransportKind, _ calls: (Client) async throws -> Void) async throws -> [RecordedRequest] {
        try await StubServer.serving({ _ in StubResponse(status: 200, contentType: nil) }) { server in
            try await withTransport(kind) { try await calls(Client(serverURL: server.baseURL, transport: $0)) }
            return await server.requests
        }
    }

    @Test(arguments: TransportKind.allCases) func getHeadAndDeleteSendNoBody(_ kind: TransportKind) async throws {
        let sent = try await requests(kind) { client in
            try await client.auth.getWebauth()
            try await client.items.headItemsId(id: 1)
            try await client.items.deleteItemsId(id: 1)
        }
        #expect(sent.map(\.method) == ["GET", "HEAD", "DELETE"])
        for request in sent {
            #expect(request.body.isEmpty, "\(request.method)")
            #expect(request.header("Content-Type") == nil, "\(request.method)")
        }
    }

    @Test(arguments: TransportKind.allCases) func optionalMultipartWithNothingSetIsNotSent(_ kind: TransportKind)
        async throws
    {
        let sent = try await requests(kind) { client in
            try await client.items.postItems()
            try await client.items.postItems(body: PostItemsRequest())
            try await client.items.postItems(body: PostItemsRequest(tags: []))
            try await client.items.postItems(body: PostItemsRequest(name: "a"))
            try await client.items.postItems(extraFields: ["login": "x"])
        }
        try #require(sent.count == 5)
        for request in sent.prefix(3) {
            #expect(request.body.isEmpty)
            #expect(request.header("Content-Type") == nil)
        }
        #expect(
            Multipart.fields(try Multipart.parse(sent[3].body, contentType: sent[3].header("Content-Type"))) == [
                "name=a"
            ]
        )
        #expect(
            Multipart.fields(try Multipart.parse(sent[4].body, contentType: sent[4].header("Content-Type"))) == [
                "login=x"
            ]
        )
    }

    @Test(arguments: TransportKind.allCases) func optionalURLEncodedWithNothingSetIsNotSent(_ kind: TransportKind)
        async throws
    {
        let sent = try await requests(kind) { client in
            try await client.items.putItems(body: PutItemsRequest())
            try await client.items.putItems(body: PutItemsRequest(name: "a b"))
        }
        try #require(sent.count == 2)
        #expect(sent[0].body.isEmpty)
        #expect(sent[0].header("Content-Type") == nil)
        #expect(String(decoding: sent[1].body, as: UTF8.self) == "name=a+b")
        #expect(sent[1].header("Content-Type") == "application/x-www-form-urlencoded")
    }

    /// A required form is what the spec asks for: sent even when empty.
    @Test(arguments: TransportKind.allCases) func requiredFormIsSentEvenEmpty(_ kind: TransportKind) async throws {
        let sent = try await requests(kind) { try await $0.items.patchItems(body: PatchItemsRequest()) }
        let request = try #require(sent.first)
        #expect(try Multipart.parse(request.body, contentType: request.header("Content-Type")).isEmpty)
    }
}
