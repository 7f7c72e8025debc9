extension Naming {
    /// Schema or inline type name -> UpperCamel type identifier, keeping the original as much as
    /// possible: "bank_account" -> "BankAccount", "Account.Type" -> "AccountType", "2FA" -> "_2FA",
    /// "" / only symbols -> "Unnamed". Names in `reservedTypeNames` get the suffix "Model".
    public static func typeName(_ raw: String) -> String {
        let name = Words.upperCamel(Words.split(raw))
        if name.isEmpty { return "Unnamed" }
        if reservedTypeNames.contains(name) { return name + "Model" }
        return Words.guardLeadingDigit(name)
    }

    /// Type names generated code must not shadow: the Swift/Foundation types it refers to
    /// unqualified, the capitalised keywords, and the runtime's own declarations.
    public static let reservedTypeNames: Set<String> = swiftAndFoundationTypes.union(runtimeTypes)

    private static let swiftAndFoundationTypes: Set<String> = [
        "String", "Int", "Double", "Float", "Bool", "Date", "Data", "URL", "UUID", "Error",
        "Result", "Optional", "Array", "Dictionary", "Set", "Any", "AnyObject", "Self", "Type",
        "Protocol", "Never", "Void", "Codable", "Decodable", "Encodable", "Hashable", "Sendable",
        "Equatable", "Character", "Int32", "Int64", "Decimal", "Task", "Actor",
    ]

    private static let runtimeTypes: Set<String> = [
        "JSONValue", "DateOnly", "APIClient", "APIError", "APIResponse", "RequestBuilder",
        "MultipartForm", "URLEncodedForm", "FilePart", "ParameterValue", "Indirect",
        "BearerTokenMiddleware", "Client", "DateTimeCoding", "APIJSON", "QueryStyle",
        "DecodingMismatch", "DecodingMismatchHandler", "DecodingMismatchError", "TolerantObject", "TolerantTrial",
        "Coercion", "LosslessJSONCoercible", "JSONTextDecodable",
        "APIPage", "PagedSequence", "ResponseBodyError", "LoggingMiddleware", "RetryMiddleware",
    ]

    /// Property names the generated models declare themselves (`unmatchedFields` keeps what did not fit).
    public static let reservedPropertyNames: Set<String> = ["unmatchedFields"]
}
