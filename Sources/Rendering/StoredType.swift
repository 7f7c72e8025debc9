import IR

/// The Swift type a model stores for each property. The views render it and `generate diff` compares it,
/// so a change is classified by what users' code sees, under the same decoding policy.
package enum StoredType {
    /// A decoded object is read tolerantly: every property may be absent but identity ones and collections.
    package static func isTolerant(_ decl: TypeDecl, decoding: DecodingPolicy) -> Bool {
        guard case .object(let properties) = decl.kind else { return false }
        return decoding == .tolerant && decl.isDecoded && !properties.isEmpty
    }

    /// The property's Swift type as declared in the model, `T` or `T?` (model types qualified by `namespace`).
    package static func swift(_ property: PropertyDecl, tolerant: Bool, namespace: String? = nil) -> String {
        property.type.swift(namespace: namespace) + (isOptional(property, tolerant: tolerant) ? "?" : "")
    }

    static func isOptional(_ property: PropertyDecl, tolerant: Bool) -> Bool {
        property.isOptional
            || (tolerant && !isIdentity(property, tolerant: tolerant)
                && emptyValue(property, tolerant: tolerant).isEmpty)
    }

    /// A required, non-null scalar `id`: an object without it identifies nothing, so it stays non-optional.
    static func isIdentity(_ property: PropertyDecl, tolerant: Bool) -> Bool {
        tolerant && property.name == "id" && property.required && !property.nullable && property.type.isScalar
    }

    /// Required collections have a neutral value that tells no lie about the data; scalars do not (0, false, "").
    static func emptyValue(_ property: PropertyDecl, tolerant: Bool) -> String {
        guard tolerant && !property.isOptional else { return "" }
        switch property.type {
        case .array: return "[]"
        case .dictionary: return "[:]"
        default: return ""
        }
    }
}
