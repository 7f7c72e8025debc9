extension Naming {
    /// Operation without operationId: `<method><PathWords>`,
    /// e.g. ("GET", "/users/{id_user}/connections") -> "getUsersIdUserConnections".
    /// Path words keep their case after the first letter ("psd2registration" -> "Psd2registration"),
    /// which is what the seed operation names expect. Path "/" gives just the method.
    /// The result is not keyword-escaped (call `escapeIfKeyword` where it is declared bare).
    public static func operationName(method: String, path: String) -> String {
        let verb = Words.join(Words.split(method).map { $0.lowercased() })
        let name = Words.join([verb, Words.upperCamel(Words.split(path))])
        return name.isEmpty ? "operation" : bounded(Words.guardLeadingDigit(name))
    }

    /// With an operationId: lowerCamel, camel case inside words kept:
    /// "get-user_by.id" -> "getUserById", "GetUser" -> "getUser", "123abc" -> "_123abc",
    /// "" or only symbols -> "operation". Not keyword-escaped (see above).
    public static func operationName(operationId: String) -> String {
        let name = Words.lowerCamel(Words.split(operationId))
        return name.isEmpty ? "operation" : bounded(Words.guardLeadingDigit(name))
    }
}
