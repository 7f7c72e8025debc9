extension Naming {
    /// JSON property / parameter name -> lowerCamel identifier, keyword-escaped:
    /// "id_user" -> "idUser", "ID" -> "id", "logo_URL" -> "logoURL", "class" -> "`class`",
    /// "2fa" -> "_2fa", "$ref" -> "ref", "" or only symbols -> "value".
    public static func propertyName(_ raw: String) -> String {
        let name = Words.lowerCamel(Words.split(raw))
        return name.isEmpty ? "value" : escapeIfKeyword(bounded(Words.guardLeadingDigit(name)))
    }
}
