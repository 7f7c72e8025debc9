import Diagnostics

/// Where a model object was written: the pointer to it and its position in the file.
public struct Origin: Hashable, Sendable {
    public var pointer: JSONPointer
    public var location: SourceLocation

    public init(pointer: JSONPointer, location: SourceLocation) {
        self.pointer = pointer
        self.location = location
    }
}

/// A `$ref` as written, with where it was written.
public struct Reference: Hashable, Sendable {
    public var raw: String
    /// The local target (`#/components/schemas/X`); nil for external or malformed refs.
    public var target: JSONPointer?
    public var origin: Origin
}

/// Either an inline value or a reference to one.
public enum RefOr<Value: Sendable>: Sendable {
    case value(Value)
    case reference(Reference)
}

/// A lenient OpenAPI 3.0/3.1 document: what could be read, with every defect reported as a diagnostic.
public struct Document: Sendable {
    /// The spec, then the overlays applied to it (indexed by `Mark.source`).
    public var files: [String]
    /// The spec's own file.
    public var file: String { files.first ?? "" }
    public var openAPIVersion: String
    public var info: Info
    public var servers: [Server]
    public var tags: [Tag]
    public var paths: [PathItem]
    public var components: Components
    public var securitySchemes: [String]
    /// Every `$ref` target, parsed once.
    public var references: ReferenceTable
    /// The top of the document.
    public var origin: Origin
}

public struct Info: Sendable {
    public var title: String
    public var version: String
    public var description: String?
}

public struct Server: Sendable {
    public var url: String
    public var description: String?
}

public struct Tag: Sendable {
    public var name: String
    public var description: String?
}

public struct PathItem: Sendable {
    public var path: String
    public var parameters: [RefOr<Parameter>]
    public var operations: [Operation]
    public var origin: Origin
}

public struct Operation: Sendable {
    public var method: HTTPMethod
    public var path: String
    public var operationId: String?
    public var tags: [String]
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    public var parameters: [RefOr<Parameter>]
    public var requestBody: RefOr<RequestBody>?
    public var responses: [ResponseEntry]
    public var origin: Origin
}

public struct ResponseEntry: Sendable {
    public var status: ResponseStatus
    public var response: RefOr<Response>
    public var origin: Origin
}

public enum ParameterLocation: String, Sendable, CaseIterable {
    case path, query, header, cookie
}

/// The operations a path item can hold, under lower-case keys (`get`); the raw value is the wire spelling.
public enum HTTPMethod: String, Sendable, Codable, CaseIterable {
    case get = "GET"
    case put = "PUT"
    case post = "POST"
    case delete = "DELETE"
    case options = "OPTIONS"
    case head = "HEAD"
    case patch = "PATCH"
    case trace = "TRACE"

    /// GET, HEAD and DELETE requests never carry a body: RFC 9110 gives one no meaning there,
    /// and proxies and servers may reject or drop it.
    public var sendsBody: Bool {
        switch self {
        case .get, .head, .delete: false
        case .put, .post, .options, .patch, .trace: true
        }
    }
}

/// How a parameter's value is serialized (OpenAPI 3 `style`).
public enum ParameterStyle: String, Sendable, CaseIterable {
    case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject
}

public struct Parameter: Sendable {
    public var name: String
    public var location: ParameterLocation
    public var required: Bool
    public var description: String?
    public var deprecated: Bool
    public var schema: Schema?
    public var style: ParameterStyle?
    public var explode: Bool?
    public var origin: Origin
}

public struct RequestBody: Sendable {
    public var description: String?
    public var required: Bool
    public var content: [MediaType]
    public var origin: Origin
}

public struct MediaType: Sendable {
    public var contentType: String
    public var schema: Schema?
    public var origin: Origin
}

public struct Response: Sendable {
    public var description: String?
    public var content: [MediaType]
    public var headers: [(name: String, header: RefOr<Header>)]
    public var origin: Origin
}

public struct Header: Sendable {
    public var description: String?
    public var required: Bool
    public var schema: Schema?
    public var origin: Origin
}

/// The component schemas, in the order written; the other components are in `Document.references`.
public struct Components: Sendable {
    public var schemas: [(name: String, schema: Schema)] = []
}
