extension Naming {
    /// Tag -> client property: "Users management" -> "usersManagement", "PFM" -> "pfm", "" -> "default".
    /// The first word's leading capitals are lowered acronym-aware ("OIDCFlow" -> "oidcFlow").
    package static func tagProperty(_ tag: String) -> SwiftIdentifier {
        let name = Words.lowerCamel(Words.split(tag))
        return SwiftIdentifier(name.isEmpty ? "default" : bounded(Words.guardLeadingDigit(name)))
    }

    /// Tag -> type name: "Users management" -> "UsersManagement", "PFM" -> "PFM", "" -> "Default".
    /// Same rules as `typeName`, so a tag named "Error" also avoids shadowing Swift's `Error`.
    package static func tagType(_ tag: String) -> String {
        Words.split(tag).isEmpty ? "Default" : typeName(tag)
    }
}
