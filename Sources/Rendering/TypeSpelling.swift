import IR

/// How generated code spells a type: model types qualified by the model namespace when there is one
/// (`Budgea.Transaction`), so operation files and docs never depend on which names are in scope.
struct TypeSpelling: Sendable {
    let namespace: String?

    func callAsFunction(_ type: TypeRef) -> String { type.swift(namespace: namespace) }
}
