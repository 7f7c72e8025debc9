import IR

/// `generate list`: one line per operation, sorted by qualified name.
public enum OperationList {
    public static func render(_ api: API) -> String {
        api.operations
            .map { operation in
                let summary = (operation.summary ?? "").replacing("\t", with: " ").replacing("\n", with: " ")
                return "\(operation.qualifiedName)\t\(operation.method)\t\(operation.path)\t\(summary)"
            }
            .sorted()
            .map { $0 + "\n" }
            .joined()
    }
}
