import Foundation

/// An RFC 6901 pointer into the spec, printed as a URI fragment (`#/paths/~1users/get`).
public struct JSONPointer: Hashable, Sendable, Comparable, CustomStringConvertible {
    public private(set) var tokens: [String]

    public init(_ tokens: [String] = []) { self.tokens = tokens }

    /// Parses `#/a/b` or `/a/b`; returns nil for anything that is not a local pointer.
    public init?(fragment: String) {
        var text = Substring(fragment)
        if text.hasPrefix("#") { text = text.dropFirst() }
        if text.isEmpty {
            self.init()
            return
        }
        guard text.hasPrefix("/") else { return nil }
        let parts = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let decoded = parts.map { part -> String in
            guard part.utf8.contains(UInt8(ascii: "~")) else { return String(part).removingPercentEncodingIfValid }
            // `~1` then `~0`, in that order (RFC 6901): `~01` is `~1`, not `/`.
            return String(part.replacing("~1", with: "/").replacing("~0", with: "~")).removingPercentEncodingIfValid
        }
        self.init(decoded)
    }

    package func appending(_ token: String) -> JSONPointer {
        var copy = self
        copy.tokens.append(token)
        return copy
    }

    package func appending(_ index: Int) -> JSONPointer { appending(String(index)) }

    package static func / (lhs: JSONPointer, rhs: String) -> JSONPointer { lhs.appending(rhs) }
    package static func / (lhs: JSONPointer, rhs: Int) -> JSONPointer { lhs.appending(rhs) }

    public var description: String {
        // Byte by byte ('~' and '/' are ASCII, so never part of a multi-byte character): Foundation's
        // replacingOccurrences, then appending scalars, each cost a noticeable share of a generation run.
        var bytes: [UInt8] = [UInt8(ascii: "#")]
        for token in tokens {
            bytes.append(UInt8(ascii: "/"))
            for byte in token.utf8 {
                switch byte {
                case UInt8(ascii: "~"): bytes += [UInt8(ascii: "~"), UInt8(ascii: "0")]
                case UInt8(ascii: "/"): bytes += [UInt8(ascii: "~"), UInt8(ascii: "1")]
                default: bytes.append(byte)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public var last: String? { tokens.last }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
    }
}

extension String {
    /// `%7B` style escapes appear in refs written by some tools; undecodable text is kept as is.
    var removingPercentEncodingIfValid: String {
        // Byte-wise: `contains("%")` went through Foundation's range(of:), 4 % of loading Budgea.
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else if byte == UInt8(ascii: "%") {
                return self
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}

/// A pointer encodes as its tokens, unescaped, so any token survives the round trip.
extension JSONPointer: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tokens)
    }
}
