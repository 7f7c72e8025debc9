import Diagnostics
import Naming
import OpenAPIModel

/// The resolved, named view of a spec that the renderers consume.
public struct API: Sendable, Codable, Equatable {
    public var title: String
    public var version: String
    public var description: String?
    public var serverURL: String?
    public var tags: [TagGroup]
    /// Top-level types sorted by name; nested types hang off their parents.
    public var types: [TypeDecl]

    public var operations: [OperationDecl] { tags.flatMap(\.operations) }
}

public struct TagGroup: Sendable, Codable, Equatable {
    /// As written in the spec ("Users management"; "default" when untagged).
    public var name: String
    public var propertyName: SwiftIdentifier
    public var typeName: String
    public var description: String?
    /// Sorted by Swift name.
    public var operations: [OperationDecl]
}

public enum PathPiece: Hashable, Sendable, Codable {
    case literal(String)
    case parameter(SwiftIdentifier)
}

public struct OperationDecl: Sendable, Codable, Equatable {
    public var tagProperty: SwiftIdentifier
    public var name: SwiftIdentifier
    /// `tag.name`, how users and `generate list` know the operation.
    public var qualifiedName: String { "\(tagProperty.name).\(name.name)" }
    public var method: HTTPMethod
    public var path: String
    public var pathPieces: [PathPiece]
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    /// In signature order: required first, then optional.
    public var parameters: [ParameterDecl]
    public var body: RequestBodyDecl?
    /// The first 2xx response.
    public var success: ResponseDecl?
    /// Set when the spec declares more than one 2xx response: the operation returns this enum.
    public var successEnum: SuccessEnumDecl?
    public var responses: [ResponseDecl]
    public var pointer: JSONPointer
}

/// The eight methods OpenAPI paths declare.
/// The model's method enum: a path item holds only these eight.
public typealias HTTPMethod = OpenAPIModel.HTTPMethod

/// A key of an operation's `responses`: the model's enum.
public typealias ResponseStatus = OpenAPIModel.ResponseStatus

/// The enum returned by an operation with several 2xx responses.
public struct SuccessEnumDecl: Sendable, Codable, Equatable {
    /// The operation's `Response` type name (`PostUsersIdUserConnectionsResponse`).
    public var name: String
    /// In status order: codes first, then the `2XX` range.
    public var cases: [SuccessCase]
}

public struct SuccessCase: Sendable, Codable, Equatable {
    /// `ok`, `accepted`, `status250`, `otherSuccess` (the `2XX` range).
    public var name: SwiftIdentifier
    public var response: ResponseDecl
}

public enum ParameterKind: String, Sendable, Codable {
    case path, query, header, cookie
}

/// The parameter styles the generated client sends: form, spaceDelimited or pipeDelimited in a query (or
/// form in a cookie), simple in a path or header. Other declared styles fall back with a warning.
public enum SerializationStyle: String, Sendable, Codable {
    case form, spaceDelimited, pipeDelimited, simple
}

public struct ParameterDecl: Sendable, Codable, Equatable {
    public var name: String
    public var swiftName: SwiftIdentifier
    public var kind: ParameterKind
    public var required: Bool
    public var type: TypeRef
    public var style: SerializationStyle
    public var explode: Bool
    public var description: String?
    public var deprecated: Bool
}

public enum BodyEncoding: String, Sendable, Codable {
    case json, multipart, formURLEncoded, binary, text
}

public enum FieldEncoding: String, Sendable, Codable {
    case value, values, file, json
}

/// One part of a multipart or url-encoded body, encoded by the client from a typed property.
public struct FormField: Sendable, Codable, Equatable {
    public var name: String
    public var swiftName: SwiftIdentifier
    public var encoding: FieldEncoding
}

public struct RequestBodyDecl: Sendable, Codable, Equatable {
    public var encoding: BodyEncoding
    public var contentType: String
    public var type: TypeRef
    public var required: Bool
    public var description: String?
    public var fields: [FormField]
}

public struct ResponseDecl: Sendable, Codable, Equatable {
    public var status: ResponseStatus
    public var description: String?
    public var contentType: String?
    public var type: TypeRef?
}

public struct PropertyDecl: Sendable, Codable, Equatable {
    public var name: String
    public var swiftName: SwiftIdentifier
    public var type: TypeRef
    public var required: Bool
    public var nullable: Bool
    public var description: String?
    public var deprecated: Bool
    /// Set when the property closes a cycle of structs and must be boxed.
    public var indirect: Bool

    public var isOptional: Bool { !required || nullable }
}

public struct EnumCase: Sendable, Codable, Equatable {
    public var swiftName: SwiftIdentifier
    public var rawValue: String
}

public struct UnionCase: Sendable, Codable, Equatable {
    public var swiftName: SwiftIdentifier
    public var type: TypeRef
    /// Discriminator values that select this case.
    public var discriminatorValues: [String]
}

public enum TypeKind: Sendable, Codable, Equatable {
    case object([PropertyDecl])
    case stringEnum([EnumCase])
    case intEnum([EnumCase])
    case union(cases: [UnionCase], discriminator: String?)
    case alias(TypeRef)
}

public struct TypeDecl: Sendable, Codable, Equatable {
    /// Name inside its parent (or at top level).
    public var name: String
    /// Full Swift path, `Parent.Child` for nested types.
    public var qualifiedName: String
    public var kind: TypeKind
    public var description: String?
    public var deprecated: Bool
    public var pointer: JSONPointer
    public var nested: [TypeDecl]
    /// The component name for component schemas, nil for inline types.
    public var componentName: String?
    /// Reached from a response body, so the client decodes it (and may have to tolerate the server).
    public var isDecoded = false
}
