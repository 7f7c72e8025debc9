import Diagnostics
import Naming

/// Every type declared so far, flat, keyed by qualified name; assembled into a tree at the end.
struct TypeTable {
    private(set) var decls: [String: TypeDecl] = [:]
    private var childOrder: [String: [String]] = [:]
    private var topLevelOrder: [String] = []
    private var topLevel = UniqueNamer(reserved: Naming.reservedTypeNames)
    /// Names taken inside each parent; checked together with the shared top-level set, never copied from it.
    private var nestedTaken: [String: Set<String>] = [:]
    /// Every top-level name; nested types avoid them so they never shadow one.
    private var topLevelNames: Set<String> = []

    /// Claims a top-level name; a clash gets a stable suffix and a flag so the caller can warn.
    mutating func claimTopLevel(_ wanted: String) -> (name: String, collided: Bool) {
        let claimed = topLevel.claim(wanted)
        topLevelNames.insert(claimed.name)
        return claimed
    }

    mutating func claimNested(_ wanted: String, in parent: String) -> String {
        var taken = nestedTaken[parent] ?? []
        var name = wanted
        var suffix = 2
        while taken.contains(name) || topLevelNames.contains(name) || Naming.reservedTypeNames.contains(name) {
            name = wanted + String(suffix)
            suffix += 1
        }
        taken.insert(name)
        nestedTaken[parent] = taken
        return name
    }

    mutating func add(_ decl: TypeDecl, parent: String?) {
        guard decls[decl.qualifiedName] == nil else { return }
        decls[decl.qualifiedName] = decl
        if let parent {
            childOrder[parent, default: []].append(decl.qualifiedName)
        } else {
            topLevelOrder.append(decl.qualifiedName)
        }
    }

    mutating func update(_ qualifiedName: String, _ change: (inout TypeDecl) -> Void) {
        guard var decl = decls[qualifiedName] else { return }
        change(&decl)
        decls[qualifiedName] = decl
    }

    /// Top-level types sorted by name, each with its nested types in declaration order.
    func assemble() -> [TypeDecl] {
        topLevelOrder.sorted().compactMap { tree($0) }
    }

    private func tree(_ name: String) -> TypeDecl? {
        guard var decl = decls[name] else { return nil }
        decl.nested = (childOrder[name] ?? []).compactMap { tree($0) }
        return decl
    }
}
