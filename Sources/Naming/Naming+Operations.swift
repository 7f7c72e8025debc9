extension Naming {
    /// Operation without operationId: `<method><PathWords>`,
    /// e.g. ("GET", "/users/{id_user}/connections") -> "getUsersIdUserConnections".
    /// Path words keep their case after the first letter ("psd2registration" -> "Psd2registration"),
    /// which is what the seed operation names expect. Path "/" gives just the method.
    package static func operationName(method: String, path: String) -> SwiftIdentifier {
        let verb = Words.join(Words.split(method).map { $0.lowercased() })
        let name = Words.join([verb, Words.upperCamel(Words.split(path))])
        return SwiftIdentifier(name.isEmpty ? "operation" : bounded(Words.guardLeadingDigit(name)))
    }

    /// With an operationId: lowerCamel, camel case inside words kept:
    /// "get-user_by.id" -> "getUserById", "GetUser" -> "getUser", "123abc" -> "_123abc",
    /// "" or only symbols -> "operation".
    package static func operationName(operationId: String) -> SwiftIdentifier {
        let name = Words.lowerCamel(Words.split(operationId))
        return SwiftIdentifier(name.isEmpty ? "operation" : bounded(Words.guardLeadingDigit(name)))
    }
}
