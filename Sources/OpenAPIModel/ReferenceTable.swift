import Diagnostics

/// What a `$ref` target must be read as: the kind follows from where the `$ref` is written.
public enum ReferenceKind: Hashable, Sendable {
    case schema, parameter, requestBody, response, header
}

/// What a schema `$ref` outside `components/schemas` names.
public enum SchemaTarget: Sendable {
    case schema(Schema)
    /// Something that is not a schema (`#/info`): read as free-form JSON, with a warning, by the IR.
    case notASchema
}

/// Every `$ref` target of the document, parsed once by the model, by JSON pointer (#16): the IR looks
/// targets up instead of parsing the tree again at every use. A pointer that names nothing (or nothing
/// that parses as its kind) has no entry, so the IR reports the dangling `$ref` where it is written.
public struct ReferenceTable: Sendable {
    /// Schemas named by pointers outside `components/schemas` (those are `Components.schemas`).
    public internal(set) var schemas: [JSONPointer: SchemaTarget] = [:]
    /// The components' parameters, bodies, responses and headers, and any other pointer a `$ref` of that
    /// kind names (`#/paths/~1users/get/parameters/0`).
    public internal(set) var parameters: [JSONPointer: Parameter] = [:]
    public internal(set) var requestBodies: [JSONPointer: RequestBody] = [:]
    public internal(set) var responses: [JSONPointer: Response] = [:]
    public internal(set) var headers: [JSONPointer: Header] = [:]
}

extension Document {
    public func parameter(_ item: RefOr<Parameter>) -> Parameter? {
        value(of: item, in: references.parameters)
    }

    public func requestBody(_ item: RefOr<RequestBody>) -> RequestBody? {
        value(of: item, in: references.requestBodies)
    }

    public func response(_ item: RefOr<Response>) -> Response? {
        value(of: item, in: references.responses)
    }

    public func header(_ item: RefOr<Header>) -> Header? {
        value(of: item, in: references.headers)
    }

    /// The inline value, or the referenced one as the model parsed it (its warnings were reported where it stands).
    private func value<Value>(of item: RefOr<Value>, in table: [JSONPointer: Value]) -> Value? {
        switch item {
        case .value(let value): value
        case .reference(let reference): reference.target.flatMap { table[$0] }
        }
    }
}
