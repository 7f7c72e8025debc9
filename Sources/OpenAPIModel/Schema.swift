import Diagnostics

/// A JSON Schema as OpenAPI uses it; unknown keywords are ignored.
public struct Schema: Sendable {
    public var reference: Reference?
    /// `type`, as a list so 3.1 type arrays fit; "null" is folded into `nullable`.
    public var types: [String] = []
    public var format: String?
    public var nullable = false
    public var title: String?
    public var description: String?
    public var deprecated = false
    public var readOnly = false
    public var writeOnly = false
    public var properties: [(name: String, schema: Schema)] = []
    public var required: [String] = []
    public var additionalProperties: AdditionalProperties?
    public var allOf: [Schema] = []
    public var oneOf: [Schema] = []
    public var anyOf: [Schema] = []
    public var enumValues: [JSONValue]?
    public var discriminator: Discriminator?
    public var example: JSONValue?
    public var defaultValue: JSONValue?
    public var origin: Origin
    private var itemsStorage: [Schema] = []

    public init(origin: Origin) { self.origin = origin }

    public var items: Schema? {
        get { itemsStorage.first }
        set { itemsStorage = newValue.map { [$0] } ?? [] }
    }

    /// The single non-null type, when there is exactly one.
    public var type: String? { types.count == 1 ? types[0] : nil }
}

public enum AdditionalProperties: Sendable {
    case allowed(Bool)
    indirect case schema(Schema)
}

public struct Discriminator: Sendable {
    public var propertyName: String
    public var mapping: [(value: String, reference: String)]
}
