import Foundation
import LedgerAPI
import Synchronization
import Testing

/// The tolerant policy on the `decoding-tolerant` golden: what servers really send decodes, nothing is
/// lost, every mismatch is reported once, and strictness is one handler away.
@Suite struct TolerantDecodingTests {
    final class Log: Sendable {
        private let items = Mutex<[String]>([])
        var handler: DecodingMismatchHandler {
            DecodingMismatchHandler { m in self.items.withLock { $0.append(m.description) } }
        }
        var lines: [String] { items.withLock { $0 } }
    }

    func decode<T: Decodable>(_ type: T.Type, _ json: String, log: Log = Log()) throws -> T {
        try APIJSON.makeDecoder(onMismatch: log.handler).decode(T.self, from: Data(json.utf8))
    }

    static let complete = #"{"id": 1, "amount": 1234567.89, "booked": true, "tags": [], "labels": {}, "parent": null}"#

    @Test func moneyKeepsEveryDigitBothWays() throws {
        let log = Log()
        let entry = try decode(
            Entry.self,
            #"{"id": 1, "amount": 1234567.89, "booked": true, "tags": [], "labels": {}}"#,
            log: log
        )
        #expect(entry.amount == Decimal(string: "1234567.89"))
        let huge = try decode(
            Entry.self,
            #"{"id": 1, "amount": 12345678901234567890.123, "booked": true, "tags": [], "labels": {}}"#
        )
        #expect(huge.amount == Decimal(string: "12345678901234567890.123"))
        let encoded = String(decoding: try APIJSON.makeEncoder().encode(entry), as: UTF8.self)
        #expect(encoded.contains(#""amount":1234567.89"#), "\(encoded)")
        // The only mismatch: the required `parent` is absent.
        #expect(log.lines == ["$.parent: missing, expected Entry, found nothing"])
    }

    @Test func losslessCoercionsAreAppliedAndReported() throws {
        let log = Log()
        let entry = try decode(
            Entry.self,
            #"{"id": "42", "amount": "12.50", "booked": 1, "tags": ["a", 7, 2.5], "labels": {}, "parent": null}"#,
            log: log
        )
        #expect(entry.id == 42)
        #expect(entry.amount == Decimal(string: "12.50"))
        #expect(entry.booked == true)
        #expect(entry.tags == ["a", "7", "2.5"])
        #expect(entry.unmatchedFields.isEmpty)
        #expect(
            log.lines == [
                "$.id: coerced, expected Int, found string",
                "$.amount: coerced, expected Decimal, found string",
                "$.booked: coerced, expected Bool, found number",
                "$.tags[1]: coerced, expected String, found number",
                "$.tags[2]: coerced, expected String, found number",
                "$.parent: missing, expected Entry, found null",
            ]
        )
        for (raw, value) in [("0", false), ("1", true), (#""true""#, true), (#""false""#, false)] {
            #expect(try decode(Entry.self, #"{"id": 1, "booked": \#(raw)}"#).booked == value, "\(raw)")
        }
    }

    @Test func ambiguousValuesAreKeptRawNotGuessed() throws {
        let log = Log()
        let entry = try decode(
            Entry.self,
            #"{"id": 1, "amount": "12abc", "booked": "yes", "tags": "a,b", "labels": {}, "parent": null}"#,
            log: log
        )
        #expect(entry.amount == nil)
        #expect(entry.booked == nil)
        #expect(entry.tags == [])
        #expect(entry.unmatchedFields == ["amount": "12abc", "booked": "yes", "tags": "a,b"])
        #expect(log.lines.contains("$.booked: unreadable, expected Bool, found string"))
        #expect(log.lines.contains("$.tags: unreadable, expected Array<String>, found string"))
        // 2 is neither true nor false, 3.5 is not an integer.
        #expect(try decode(Entry.self, #"{"id": 1, "booked": 2}"#).booked == nil)
        #expect(try decode(ListEntriesResponse.self, #"{"entries": [], "total": 3.5}"#).total == nil)
    }

    @Test func missingRequiredFieldsReadAsAbsentAndAreReported() throws {
        let log = Log()
        let entry = try decode(Entry.self, #"{"id": 7}"#, log: log)
        #expect(entry.id == 7)
        #expect(entry.amount == nil)
        #expect(entry.tags == [])
        #expect(entry.labels == [:])
        #expect(
            log.lines == [
                "$.amount: missing, expected Decimal, found nothing",
                "$.booked: missing, expected Bool, found nothing",
                "$.tags: missing, expected Array<String>, found nothing",
                "$.labels: missing, expected Dictionary<String, String>, found nothing",
                "$.parent: missing, expected Entry, found nothing",
            ]
        )
        // Nullable fields may be null; optional ones may be absent: neither is a mismatch.
        let quiet = Log()
        _ = try decode(
            Entry.self,
            #"{"id": 7, "amount": 1, "booked": false, "tags": [], "labels": {}, "parent": null, "note": null}"#,
            log: quiet
        )
        #expect(quiet.lines == ["$.parent: missing, expected Entry, found null"])
    }

    @Test func undeclaredFieldsAreKeptOnRequestButNeverEncoded() throws {
        let json = Data(
            #"{"id": 1, "amount": 2, "booked": true, "tags": [], "labels": {}, "beta": {"since": 2021, "on": [true]}}"#
                .utf8
        )
        // Off by default: listing every object's keys costs about a third of decoding.
        #expect(try APIJSON.makeDecoder().decode(Entry.self, from: json).unmatchedFields == [:])
        let entry = try APIJSON.makeDecoder(keepUndeclaredFields: true).decode(Entry.self, from: json)
        #expect(entry.unmatchedFields == ["beta": ["since": 2021, "on": [true]]])
        let encoded = String(decoding: try APIJSON.makeEncoder().encode(entry), as: UTF8.self)
        #expect(!encoded.contains("beta"), "\(encoded)")
    }

    @Test func oneUnreadableElementIsLeftOutNotTheWholeList() throws {
        let log = Log()
        let list = try decode(
            ListEntriesResponse.self,
            #"{"entries": [{"id": 1, "amount": 1, "booked": true, "tags": [], "labels": {}}, {"id": {"no": 1}}, {"id": 3, "amount": 3, "booked": true, "tags": [], "labels": {}}], "total": 3}"#,
            log: log
        )
        #expect(list.entries.map(\.id) == [1, 3])
        #expect(list.total == 3)
        #expect(list.unmatchedFields["entries"]?[1]?["id"] == ["no": 1])
        #expect(
            log.lines.filter { !$0.contains("parent") } == [
                "$.entries[1].id: unreadable, expected Int, found object",
                "$.entries[1]: droppedElement, expected Entry, found object",
            ]
        )
    }

    @Test func strictHandlerFailsAtTheFirstMismatchWithItsPath() throws {
        let json =
            #"{"entries": [{"id": 1, "amount": "1", "booked": true, "tags": [], "labels": {}, "parent": null}], "total": 1}"#
        do {
            _ = try APIJSON.makeDecoder(onMismatch: .strict).decode(ListEntriesResponse.self, from: Data(json.utf8))
            Issue.record("strict decoding accepted a string amount")
        } catch let error as DecodingMismatchError {
            #expect(
                error.mismatch
                    == DecodingMismatch(
                        kind: .coerced,
                        path: "$.entries[0].amount",
                        expected: "Decimal",
                        found: "string"
                    )
            )
        }
    }

    @Test func aCustomHandlerCanRejectWithItsOwnError() throws {
        struct TooLoose: Error {}
        let handler = DecodingMismatchHandler { if $0.kind == .unreadable { throw TooLoose() } }
        let decoder = APIJSON.makeDecoder(onMismatch: handler)
        _ = try decoder.decode(Entry.self, from: Data(#"{"id": 1}"#.utf8))  // only `missing`: accepted
        do {
            _ = try decoder.decode(
                ListEntriesResponse.self,
                from: Data(#"{"entries": [{"id": 1, "booked": "maybe"}]}"#.utf8)
            )
            Issue.record("the handler's error was swallowed")
        } catch let error as DecodingMismatchError {
            #expect(error.underlying is TooLoose)
            #expect(error.mismatch.path == "$.entries[0].booked")
        }
    }

    @Test func unionsPickTheCaseThatFitsBeforeTolerating() throws {
        #expect(try decode(Payee.self, #"{"siren": "552100554"}"#) == .company(Company(siren: "552100554")))
        #expect(try decode(Payee.self, #"{"name": "Ada"}"#) == .person(Person(name: "Ada")))
        // Neither fits exactly: the first case is read tolerantly, and that is reported.
        let log = Log()
        #expect(try decode(Payee.self, #"{"name": 12}"#, log: log) == .person(Person(name: "12")))
        #expect(log.lines == ["$.name: coerced, expected String, found number"])
    }

    @Test func requestOnlyModelsKeepTheSpecsShape() {
        let body = NewEntry(amount: 5)
        let amount: Decimal = body.amount  // not optional: the client never has to tolerate it
        #expect(amount == 5)
    }

    @Test func datesAndStringEnumsAreReadInPlace() throws {
        let log = Log()
        let rate = try decode(Account.self, #"{"id": 1, "opened": "2015-07-04", "kind": "savings"}"#, log: log)
        #expect(rate.opened?.description == "2015-07-04")
        #expect(rate.kind == .savings)
        let odd = try decode(Account.self, #"{"id": 1, "opened": "04/07/2015", "kind": "crypto"}"#, log: log)
        #expect(odd.opened == nil)
        #expect(odd.unmatchedFields == ["opened": "04/07/2015"])
        #expect(odd.kind == .unknown("crypto"))
        let notText = try decode(Account.self, #"{"id": 1, "opened": 20150704, "kind": 3}"#, log: log)
        #expect(notText.opened == nil && notText.kind == nil)
        #expect(notText.unmatchedFields == ["opened": 20_150_704, "kind": 3])
        #expect(
            log.lines == [
                "$.opened: unreadable, expected DateOnly, found string",
                "$.opened: unreadable, expected DateOnly, found number",
                "$.kind: unreadable, expected Kind, found number",
            ]
        )
    }

    @Test func mismatchesNameTypesNotValues() throws {
        let log = Log()
        _ = try decode(Entry.self, #"{"id": 1, "booked": "FR7630006000011234567890189"}"#, log: log)
        #expect(!log.lines.joined().contains("FR76"))
    }
}
