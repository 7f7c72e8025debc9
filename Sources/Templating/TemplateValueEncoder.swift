/// Derives what a template sees from a view's synthesized `Encodable` conformance: every stored property is a
/// key, so a view cannot forget a field. `String` is `.text`, `Bool` `.flag`, numbers `.text`, arrays `.list`,
/// nested views `.object`, and an absent optional `TemplateValue.absent`.
/// No reflection and no intermediate format: each container writes straight into the value it builds.
extension TemplateValue {
    package init(encoding view: some Encodable) throws {
        self = try TemplateValueEncoder.value(of: view)
    }
}

/// Also `Encodable` itself, so a view can hold values converted earlier (the API view's tags).
extension TemplateValue: Encodable {
    package func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .flag(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .list(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .object(let fields):
            var container = encoder.container(keyedBy: FieldKey.self)
            for (key, value) in fields { try container.encode(value, forKey: FieldKey(stringValue: key)) }
        }
    }

    private struct FieldKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

final class TemplateValueEncoder: Encoder {
    private enum Shape {
        case empty, object, list
        case single(TemplateValue)
    }

    @exclusivity(unchecked) private var shape = Shape.empty
    // Unchecked exclusivity: only this encoder's containers write here, one call at a time.
    @exclusivity(unchecked) fileprivate var fields: [String: TemplateValue] = [:]
    @exclusivity(unchecked) fileprivate var items: [TemplateValue] = []
    /// Nested containers asked for by key or position, read when the value is built.
    @exclusivity(unchecked) fileprivate var pendingFields: [(String, TemplateValueEncoder)] = []
    @exclusivity(unchecked) fileprivate var pendingItems: [(Int, TemplateValueEncoder)] = []

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Strings, string lists and converted values skip the encoder: they are most of what views hold. Comparing
    /// metadata costs a fraction of a dynamic cast, and the bit casts are exact since the types are equal.
    static func value<T: Encodable>(of value: T) throws -> TemplateValue {
        if T.self == String.self { return .text(unsafeBitCast(value, to: String.self)) }
        if T.self == [String].self { return .texts(unsafeBitCast(value, to: [String].self)) }
        if T.self == TemplateValue.self { return unsafeBitCast(value, to: TemplateValue.self) }
        let encoder = TemplateValueEncoder()
        try value.encode(to: encoder)
        return encoder.value
    }

    var value: TemplateValue {
        switch shape {
        case .empty: return .object([:])
        case .single(let value): return value
        case .object:
            var fields = fields
            for (key, child) in pendingFields { fields[key] = child.value }
            return .object(fields)
        case .list:
            var items = items
            for (index, child) in pendingItems { items.insert(child.value, at: index) }
            return .list(items)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        shape = .object
        // Room for most views' keys at once: growing from empty rehashed every key several times.
        fields.reserveCapacity(24)
        return KeyedEncodingContainer(Keyed<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        shape = .list
        items.reserveCapacity(16)
        return Unkeyed(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

    fileprivate func set(_ value: TemplateValue) { shape = .single(value) }
}

private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: TemplateValueEncoder
    var codingPath: [any CodingKey] { [] }

    private func set(_ value: TemplateValue, _ key: Key) { encoder.fields[key.stringValue] = value }

    mutating func encodeNil(forKey key: Key) { set(.absent, key) }
    mutating func encode(_ value: Bool, forKey key: Key) { set(.flag(value), key) }
    mutating func encode(_ value: String, forKey key: Key) { set(.text(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: Float, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { set(.text(String(value)), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(try TemplateValueEncoder.value(of: value), key)
    }

    // An absent optional is `false`, not a missing key: a template naming it must not climb to an outer context.
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) {
        set(value.map { .text($0) } ?? .absent, key)
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { set(value.map { .flag($0) } ?? .absent, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) {
        set(value.map { .text(String($0)) } ?? .absent, key)
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        // Unwrapped here, not through `map` and `??`: their closures capture `T.Type`, which is not Sendable.
        guard let value else { return set(.absent, key) }
        set(try TemplateValueEncoder.value(of: value), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        child(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        child(key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { child(nil) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { child(key) }

    private func child(_ key: Key?) -> TemplateValueEncoder {
        let child = TemplateValueEncoder()
        encoder.pendingFields.append((key?.stringValue ?? "super", child))
        return child
    }
}

private struct Unkeyed: UnkeyedEncodingContainer {
    let encoder: TemplateValueEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int { encoder.items.count + encoder.pendingItems.count }

    mutating func encodeNil() { encoder.items.append(.absent) }
    mutating func encode(_ value: String) { encoder.items.append(.text(value)) }
    mutating func encode(_ value: Bool) { encoder.items.append(.flag(value)) }
    mutating func encode(_ value: Double) { encoder.items.append(.text(String(value))) }
    mutating func encode(_ value: Float) { encoder.items.append(.text(String(value))) }
    mutating func encode(_ value: Int) { encoder.items.append(.text(String(value))) }
    mutating func encode(_ value: Int8) { encoder.items.append(.text(String(value))) }
    mutating func encode(_ value: Int16) { encoder.items.append(.text(String(value))) }
    mutating func encode(_ value: Int32) { encoder.items.append(.text(String(value))) }
    mutating func encode(_ value: Int64) { encoder.items.append(.text(String(value))) }
    mutating func encode(_ value: UInt) { encoder.items.append(.text(String(value))) }
    mutating func encode(_ value: UInt8) { encoder.items.append(.text(String(value))) }
    mutating func encode(_ value: UInt16) { encoder.items.append(.text(String(value))) }
    mutating func encode(_ value: UInt32) { encoder.items.append(.text(String(value))) }
    mutating func encode(_ value: UInt64) { encoder.items.append(.text(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.items.append(try TemplateValueEncoder.value(of: value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        child().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { child().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { child() }

    private func child() -> TemplateValueEncoder {
        let child = TemplateValueEncoder()
        encoder.pendingItems.append((count, child))
        return child
    }
}

private struct Single: SingleValueEncodingContainer {
    let encoder: TemplateValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { encoder.set(.absent) }
    mutating func encode(_ value: Bool) { encoder.set(.flag(value)) }
    mutating func encode(_ value: String) { encoder.set(.text(value)) }
    mutating func encode(_ value: Double) { encoder.set(.text(String(value))) }
    mutating func encode(_ value: Float) { encoder.set(.text(String(value))) }
    mutating func encode(_ value: Int) { encoder.set(.text(String(value))) }
    mutating func encode(_ value: Int8) { encoder.set(.text(String(value))) }
    mutating func encode(_ value: Int16) { encoder.set(.text(String(value))) }
    mutating func encode(_ value: Int32) { encoder.set(.text(String(value))) }
    mutating func encode(_ value: Int64) { encoder.set(.text(String(value))) }
    mutating func encode(_ value: UInt) { encoder.set(.text(String(value))) }
    mutating func encode(_ value: UInt8) { encoder.set(.text(String(value))) }
    mutating func encode(_ value: UInt16) { encoder.set(.text(String(value))) }
    mutating func encode(_ value: UInt32) { encoder.set(.text(String(value))) }
    mutating func encode(_ value: UInt64) { encoder.set(.text(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.set(try TemplateValueEncoder.value(of: value)) }
}
