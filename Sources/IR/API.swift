import Diagnostics

/// The resolved, named view of a spec that the renderers consume.
public struct API: Sendable {
    public var title: String
    public var version: String
    public var description: String?
    public var serverURL: String?
    public var tags: [TagGroup]
    /// Top-level types sorted by name; nested types hang off their parents.
    public var types: [TypeDecl]

    public var operations: [OperationDecl] { tags.flatMap(\.operations) }
}

public struct TagGroup: Sendable {
    /// As written in the spec ("Users management"; "default" when untagged).
    public var name: String
    public var propertyName: String
    public var typeName: String
    public var description: String?
    /// Sorted by Swift name.
    public var operations: [OperationDecl]
}

public enum PathPiece: Hashable, Sendable {
    case literal(String)
    case parameter(String)
}

public struct OperationDecl: Sendable {
    public var tagProperty: String
    public var name: String
    /// `tag.name`, how users and `generate list` know the operation.
    public var qualifiedName: String { "\(tagProperty).\(name)" }
    public var method: String
    public var path: String
    public var pathPieces: [PathPiece]
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    /// In signature order: required first, then optional.
    public var parameters: [ParameterDecl]
    public var body: RequestBodyDecl?
    public var success: ResponseDecl?
    public var responses: [ResponseDecl]
    public var pointer: JSONPointer
}

public enum ParameterKind: String, Sendable {
    case path, query, header, cookie
}

public struct ParameterDecl: Sendable {
    public var name: String
    public var swiftName: String
    public var kind: ParameterKind
    public var required: Bool
    public var type: TypeRef
    public var style: String
    public var explode: Bool
    public var description: String?
    public var deprecated: Bool
}

public enum BodyEncoding: String, Sendable {
    case json, multipart, formURLEncoded, binary, text
}

public enum FieldEncoding: String, Sendable {
    case value, values, file, json
}

/// One part of a multipart or url-encoded body, encoded by the client from a typed property.
public struct FormField: Sendable {
    public var name: String
    public var swiftName: String
    public var encoding: FieldEncoding
}

public struct RequestBodyDecl: Sendable {
    public var encoding: BodyEncoding
    public var contentType: String
    public var type: TypeRef
    public var required: Bool
    public var description: String?
    public var fields: [FormField]
}

public struct ResponseDecl: Sendable {
    public var status: String
    public var description: String?
    public var contentType: String?
    public var type: TypeRef?
}

public struct PropertyDecl: Sendable {
    public var name: String
    public var swiftName: String
    public var type: TypeRef
    public var required: Bool
    public var nullable: Bool
    public var description: String?
    public var deprecated: Bool
    /// Set when the property closes a cycle of structs and must be boxed.
    public var indirect: Bool

    public var isOptional: Bool { !required || nullable }
}

public struct EnumCase: Sendable {
    public var swiftName: String
    public var rawValue: String
}

public struct UnionCase: Sendable {
    public var swiftName: String
    public var type: TypeRef
    /// Discriminator values that select this case.
    public var discriminatorValues: [String]
}

public enum TypeKind: Sendable {
    case object([PropertyDecl])
    case stringEnum([EnumCase])
    case intEnum([EnumCase])
    case union(cases: [UnionCase], discriminator: String?)
    case alias(TypeRef)
}

public struct TypeDecl: Sendable {
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
