import IR

/// Pairs a removed operation with an added one when only the spelling of its path changed
/// (`/psd2registrations` -> `/psd2-registrations`), so the changelog says "renamed", not "removed" and "added".
enum PathRenames {
    /// Old key (`GET /path`) to new key, for pairs that are unambiguous in both directions.
    static func match(removed: [String: OperationDecl], added: [String: OperationDecl]) -> [String: String] {
        func group(_ operations: [String: OperationDecl]) -> [String: [String]] {
            Dictionary(grouping: operations.keys) { key in operations[key].map(spelling) ?? key }
        }
        let removedBySpelling = group(removed)
        let addedBySpelling = group(added)
        var pairs: [String: String] = [:]
        for (spelling, oldKeys) in removedBySpelling {
            guard oldKeys.count == 1, let newKeys = addedBySpelling[spelling], newKeys.count == 1 else { continue }
            pairs[oldKeys[0]] = newKeys[0]
        }
        return pairs
    }

    /// The method and the path's letters and digits, lowercased; parameters count, not their names.
    private static func spelling(_ operation: OperationDecl) -> String {
        let segments = operation.path.split(separator: "/").map { segment in
            segment.hasPrefix("{") ? "{}" : String(segment.lowercased().filter { $0.isLetter || $0.isNumber })
        }
        return operation.method.rawValue + " /" + segments.joined(separator: "/")
    }
}
