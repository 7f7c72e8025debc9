extension Naming {
    /// Type names generated code must not shadow: every type, protocol and module the templates name
    /// unqualified at file scope, and the support runtime's own declarations. `ReservedNamesTests`
    /// scans Templates/ so a template naming a new type cannot forget to add it here.
    package static let reservedTypeNames: Set<String> = swiftTypes.union(frameworkTypes).union(runtimeTypes)

    /// The standard library's, and capitalised keywords.
    private static let swiftTypes: Set<String> = [
        "Actor", "Any", "AnyObject", "Array", "ArraySlice", "Bool", "CancellationError", "Character",
        "CheckedContinuation", "ClosedRange", "Codable", "CodingKey", "CodingUserInfoKey", "Comparable",
        "CustomStringConvertible", "Decodable", "Decoder", "DecodingError", "Dictionary", "Double", "Encodable",
        "Encoder", "EncodingError", "Equatable", "Error", "ExpressibleByArrayLiteral", "ExpressibleByBooleanLiteral",
        "ExpressibleByDictionaryLiteral", "ExpressibleByFloatLiteral", "ExpressibleByIntegerLiteral",
        "ExpressibleByNilLiteral", "ExpressibleByStringLiteral", "Float", "Hashable", "Hasher", "Int", "Int32",
        "Int64", "KeyedDecodingContainer", "KeyedEncodingContainer", "LosslessStringConvertible", "Never",
        "Optional", "Protocol", "RawRepresentable", "Result", "Self", "Sendable", "Set", "String", "Swift", "Task",
        "TaskLocal", "Type", "UInt8", "UTF8", "Unicode", "Void", "AsyncSequence", "AsyncIteratorProtocol",
        "ContinuousClock", "Duration",
    ]

    /// Foundation's, OpenAPIRuntime's and HTTPTypes', and the modules themselves (`Foundation.Date`).
    private static let frameworkTypes: Set<String> = [
        "ClientMiddleware", "ClientTransport", "Data", "Date", "Decimal", "Foundation", "HTTPBody", "HTTPField",
        "HTTPFields", "HTTPRequest", "HTTPResponse", "HTTPTypes", "JSONDecoder", "JSONEncoder", "NSError", "NSLock",
        "OpenAPIRuntime", "Scanner", "TimeInterval", "URL", "UUID", "DateFormatter", "Locale", "NSDecimalNumber",
        "TimeZone",
    ]

    /// The support runtime (Templates/support) and the generated `Client`.
    private static let runtimeTypes: Set<String> = [
        "APIClient", "APIError", "APIJSON", "APIResponse", "BearerTokenMiddleware", "CancellationRace",
        "CivilCalendar", "Client", "Coercion", "DateOnly", "DateTimeCoding", "DecodingMismatch",
        "DecodingMismatchError", "DecodingMismatchHandler", "FilePart", "Indirect", "JSONTextDecodable",
        "JSONValue", "LosslessJSONCoercible", "MultipartForm", "OneOfDecoding", "ParameterValue",
        "PercentEncoding", "QueryStyle", "RequestBuilder", "ResponseCapture", "TolerantObject", "TolerantTrial",
        "URLEncodedForm", "APIPage", "PagedSequence", "ResponseBodyError", "LoggingMiddleware", "RetryMiddleware",
    ]
}
