import BudgeaAPI
import Foundation
import Testing

/// List operations with `limit` and `offset` get a `…Paged` twin: an `AsyncSequence` of their items that asks
/// for page after page. Over real HTTP on 127.0.0.1, the stub serving a slice of a fixed listing.
@Suite(.timeLimit(.minutes(1)))
struct PagingTests {
    /// Budgea's account transactions: `{"transactions": [...], "total": n}`, sliced by `limit` and `offset`.
    static func transactions(count: Int, total: Int? = nil, failAtOffset: Int? = nil)
        -> @Sendable (RecordedRequest) -> StubResponse
    {
        { request in
            let query = Dictionary(
                request.query.split(separator: "&").map { $0.split(separator: "=", maxSplits: 1).map(String.init) }
                    .filter { $0.count == 2 }.map { ($0[0], $0[1]) },
                uniquingKeysWith: { first, _ in first }
            )
            let limit = query["limit"].flatMap { Int($0) } ?? 10
            let offset = query["offset"].flatMap { Int($0) } ?? 0
            if offset == failAtOffset { return .json(#"{"code": "internalError"}"#, status: 500) }
            let ids = offset < count ? Array((offset + 1)...min(count, offset + limit)) : []
            let items = ids.map { #"{"id": \#($0), "id_account": 7, "value": -\#($0).5, "wording": "T\#($0)"}"# }
            let totalField = total.map { #", "total": \#($0)"# } ?? ""
            return .json(#"{"transactions": [\#(items.joined(separator: ", "))]\#(totalField)}"#)
        }
    }

    @Test(arguments: TransportKind.allCases) func threePagesStopAtTotal(_ kind: TransportKind) async throws {
        let minDate = try #require(DateOnly(year: 2026, month: 1, day: 31))
        let (ids, requests) = try await StubServer.serving(Self.transactions(count: 5, total: 5)) { server in
            let ids = try await withTransport(kind) { transport in
                let client = Client(serverURL: server.baseURL, transport: transport)
                var ids: [Int] = []
                for try await transaction in client.banks
                    .getUsersIdUserConnectionsIdConnectionAccountsIdAccountTransactionsPaged(
                        idUser: "me",
                        idConnection: 3,
                        idAccount: 7,
                        pageSize: 2,
                        minDate: minDate
                    )
                {
                    ids.append(transaction.id)
                }
                return ids
            }
            return (ids, await server.requests)
        }
        #expect(ids == [1, 2, 3, 4, 5])
        // Exactly three requests, the filter kept on each; none after the third (offset 5 reached total 5).
        #expect(
            requests.map { "\($0.method) \($0.path)?\($0.query)" }
                == [0, 2, 4].map {
                    "GET /users/me/connections/3/accounts/7/transactions?limit=2&offset=\($0)&min_date=2026-01-31"
                }
        )
    }

    /// Every transaction of account 7 in pages of 2, over URLSession: the items and the requests made.
    static func allTransactions(
        _ respond: @escaping @Sendable (RecordedRequest) -> StubResponse
    ) async throws -> ([Budgea.Transaction], [RecordedRequest]) {
        try await StubServer.serving(respond) { server in
            let client = Client(serverURL: server.baseURL, transport: makeURLSessionTransport(timeout: 5))
            let values = try await collect(
                client.banks.getUsersIdUserConnectionsIdConnectionAccountsIdAccountTransactionsPaged(
                    idUser: "me",
                    idConnection: 3,
                    idAccount: 7,
                    pageSize: 2
                )
            )
            return (values, await server.requests)
        }
    }

    /// Without a `total`, a page shorter than the page size is the last one.
    @Test func aShortPageEndsAListWithoutTotal() async throws {
        let (values, requests) = try await Self.allTransactions(Self.transactions(count: 5))
        #expect(values.map(\.id) == [1, 2, 3, 4, 5])
        #expect(values.map(\.value) == [-1.5, -2.5, -3.5, -4.5, -5.5])
        #expect(requests.map(\.query) == ["limit=2&offset=0", "limit=2&offset=2", "limit=2&offset=4"])
    }

    /// A `total` the server overstates ends at the first empty page instead of looping.
    @Test func anEmptyPageEndsAListWhoseTotalLies() async throws {
        let (values, requests) = try await Self.allTransactions(Self.transactions(count: 3, total: 50))
        #expect(values.map(\.id) == [1, 2, 3])
        #expect(requests.map(\.query) == ["limit=2&offset=0", "limit=2&offset=2", "limit=2&offset=3"])
    }

    /// A failing page throws the operation's own error, after the items already received.
    @Test func aFailingPageThrowsItsError() async throws {
        let (ids, error) = try await StubServer.serving(Self.transactions(count: 5, total: 5, failAtOffset: 2)) {
            server in
            let client = Client(serverURL: server.baseURL, transport: makeURLSessionTransport(timeout: 5))
            var ids: [Int] = []
            do {
                for try await transaction in client.banks
                    .getUsersIdUserConnectionsIdConnectionAccountsIdAccountTransactionsPaged(
                        idUser: "me",
                        idConnection: 3,
                        idAccount: 7,
                        pageSize: 2
                    )
                {
                    ids.append(transaction.id)
                }
                return (ids, nil as APIError?)
            } catch let error as APIError {
                return (ids, error)
            }
        }
        #expect(ids == [1, 2])
        #expect(error?.status == 500)
        #expect(error?.code == "internalError")
    }

    /// A server that caps `limit` below the page size is still read to its `total`.
    @Test func aCappedPageSizeStillReachesTotal() async throws {
        let offsets = OffsetLog()
        let pages = PagedSequence<Int>(pageSize: 10) { limit, offset in
            await offsets.append(offset)
            let items = offset < 7 ? Array(offset..<min(7, offset + min(limit, 3))) : []
            return APIPage(items: items, total: Decimal(7))
        }
        #expect(try await collect(pages) == Array(0..<7))
        #expect(await offsets.offsets == [0, 3, 6])
    }
}

actor OffsetLog {
    var offsets: [Int] = []
    func append(_ offset: Int) { offsets.append(offset) }
}

func collect<S: AsyncSequence>(_ sequence: S) async throws -> [S.Element] {
    var items: [S.Element] = []
    for try await item in sequence { items.append(item) }
    return items
}
