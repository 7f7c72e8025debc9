extension Naming {
    /// The enum case of a 2xx response: its RFC 9110 reason phrase in lowerCamel (`202` -> `accepted`),
    /// `status250` for a code without one.
    package static func successCaseName(code: Int) -> SwiftIdentifier {
        SwiftIdentifier(successReasons[code] ?? "status\(code)")
    }

    /// The case of the `2XX` range: whatever 2xx status the spec does not list by code.
    package static let successRangeCaseName = SwiftIdentifier("otherSuccess")

    /// The inline body type of one of several 2xx responses: `PostXResponse202`, `PostXResponse2XX`.
    package static func responseTypeName(_ responseType: String, status: String) -> String {
        responseType + status
    }

    private static let successReasons: [Int: String] = [
        200: "ok", 201: "created", 202: "accepted", 203: "nonAuthoritativeInformation", 204: "noContent",
        205: "resetContent", 206: "partialContent", 207: "multiStatus", 208: "alreadyReported", 226: "imUsed",
    ]
}
