extension Naming {
    /// JSON property / parameter name -> lowerCamel identifier:
    /// "id_user" -> "idUser", "ID" -> "id", "logo_URL" -> "logoURL", "class" -> "class" (declared "`class`"),
    /// "2fa" -> "_2fa", "$ref" -> "ref", "" or only symbols -> "value".
    package static func propertyName(_ raw: String) -> SwiftIdentifier {
        let name = Words.lowerCamel(Words.split(raw))
        return SwiftIdentifier(name.isEmpty ? "value" : bounded(Words.guardLeadingDigit(name)))
    }
}
