extension Naming {
    /// Schema or inline type name -> UpperCamel type identifier, keeping the original as much as
    /// possible: "bank_account" -> "BankAccount", "Account.Type" -> "AccountType", "2FA" -> "_2FA",
    /// "" / only symbols -> "Unnamed". Names in `reservedTypeNames` get the suffix "Model".
    package static func typeName(_ raw: String) -> String {
        let name = Words.upperCamel(Words.split(raw))
        if name.isEmpty { return "Unnamed" }
        if reservedTypeNames.contains(name) { return name + "Model" }
        return bounded(Words.guardLeadingDigit(name))
    }

    /// Property names the generated models declare themselves (`unmatchedFields` keeps what did not fit).
    package static let reservedPropertyNames: Set<String> = ["unmatchedFields"]
}
