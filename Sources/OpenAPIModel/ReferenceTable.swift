import Diagnostics

/// What a `$ref` target must be read as: the kind follows from where the `$ref` is written.
package enum ReferenceKind: Hashable, Sendable {
    case schema, parameter, requestBody, response, header
}

/// What a schema `$ref` outside `components/schemas` names.
package enum SchemaTarget: Sendable {
    case schema(Schema)
    /// Something that is not a schema (`#/info`): read as free-form JSON, with a warning, by the IR.
    case notASchema
}

/// Every `$ref` target of the document, parsed once by the model, by JSON pointer (#16): the IR looks
/// targets up instead of parsing the tree again at every use. A pointer that names nothing (or nothing
/// that parses as its kind) has no entry, so the IR reports the dangling `$ref` where it is written.
public struct ReferenceTable: Sendable {
    /// Schemas named by pointers outside `components/schemas` (those are `Components.schemas`).
    package internal(set) var schemas: [JSONPointer: SchemaTarget] = [:]
    /// The components' parameters, bodies, responses and headers, and any other pointer a `$ref` of that
    /// kind names (`#/paths/~1users/get/parameters/0`).
    package internal(set) var parameters: [JSONPointer: Parameter] = [:]
    package internal(set) var requestBodies: [JSONPointer: RequestBody] = [:]
    package internal(set) var responses: [JSONPointer: Response] = [:]
    package internal(set) var headers: [JSONPointer: Header] = [:]
}

extension Document {
    package func parameter(_ item: RefOr<Parameter>) -> Parameter? {
        value(of: item, in: references.parameters)
    }

    package func requestBody(_ item: RefOr<RequestBody>) -> RequestBody? {
        value(of: item, in: references.requestBodies)
    }

    package func response(_ item: RefOr<Response>) -> Response? {
        value(of: item, in: references.responses)
    }

    package func header(_ item: RefOr<Header>) -> Header? {
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
