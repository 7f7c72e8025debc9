import Testing
import YAMLLoader

@Suite struct ScalarTests {
    @Test func quotedNumberIsAString() throws {
        let root = try loadRoot(
            """
            quoted: "123"
            single: '123'
            plain: 123
            stamp: 2021-08-23 10:35:44.203796
            hex: 0x1F
            float: 1.5
            yes: true
            quotedTrue: "true"
            nothing: null
            empty:
            tilde: ~
            quotedNull: "null"
            tagged: !!str 42
            """
        )
        let quoted = try #require(root["quoted"])
        #expect(quoted.scalar == Scalar("123", isPlain: false))
        #expect(quoted.int == nil)
        #expect(quoted.string == "123")
        #expect(quoted.scalarType == .string)
        #expect(root["single"]?.int == nil)
        #expect(root["single"]?.scalarType == .string)

        let plain = try #require(root["plain"])
        #expect(plain.scalar == Scalar("123", isPlain: true))
        #expect(plain.int == 123)
        #expect(plain.scalarType == .integer)

        let stamp = try #require(root["stamp"])
        #expect(stamp.string == "2021-08-23 10:35:44.203796")
        #expect(stamp.int == nil)
        #expect(stamp.double == nil)
        #expect(stamp.scalarType == .string)

        #expect(root["hex"]?.int == 31)
        #expect(root["float"]?.double == 1.5)
        #expect(root["float"]?.scalarType == .number)
        #expect(root["yes"]?.bool == true)
        #expect(root["yes"]?.scalarType == .bool)
        #expect(root["quotedTrue"]?.bool == nil)
        #expect(root["quotedTrue"]?.string == "true")
        for key in ["nothing", "empty", "tilde"] {
            #expect(root[key]?.isNull == true, "\(key)")
            #expect(root[key]?.string == nil, "\(key)")
            #expect(root[key]?.scalarType == .null, "\(key)")
        }
        #expect(root["quotedNull"]?.isNull == false)
        #expect(root["quotedNull"]?.string == "null")
        #expect(root["tagged"]?.int == nil)
        #expect(root["tagged"]?.string == "42")
    }

    @Test func jsonStringsAreQuoted() throws {
        let root = try loadRoot(#"{"a": "1", "b": 1, "c": null, "d": "multi\nline"}"#)
        #expect(root["a"]?.int == nil)
        #expect(root["b"]?.int == 1)
        #expect(root["c"]?.isNull == true)
        #expect(root["d"]?.string == "multi\nline")
    }

    @Test func blockScalarKeepsText() throws {
        let root = try loadRoot(
            """
            text: |
              line one
              line two
            next: 1
            """
        )
        #expect(root["text"]?.scalar == Scalar("line one\nline two\n", isPlain: false))
    }
}
