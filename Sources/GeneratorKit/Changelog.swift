/// The `generate diff` report: Markdown ready for a pull-request description.
public enum Changelog {
    /// A Markdown changelog: breaking changes first, grouped, documentation-only changes counted in one line.
    public static func markdown(_ changes: [APIChange], old: String, new: String) -> String {
        let documentation = changes.filter { $0.kind == .documentation }
        let code = changes.filter { $0.kind != .documentation }
        let breaking = code.filter(\.breaking)
        let compatible = code.filter { !$0.breaking }
        var text = "## API changes: `\(old)` → `\(new)`\n\n"
        if changes.isEmpty { return text + "No changes a client can see.\n" }
        text += "**\(breaking.count) breaking**, \(compatible.count) non-breaking.\n"
        for (title, group) in [("Breaking", breaking), ("Non-breaking", compatible)] where !group.isEmpty {
            text += "\n### \(title)\n\n"
            for line in lines(group) { text += "- \(line)\n" }
        }
        if !documentation.isEmpty {
            let declarations = Set(documentation.map(\.subject)).count
            text +=
                "\nDocumentation only: \(documentation.count) description(s) or summary(ies) changed on \(declarations) declaration(s).\n"
        }
        return text
    }

    /// One line per distinct change; the same change on several declarations is one line naming them all,
    /// sorted by the first Swift name.
    static func lines(_ changes: [APIChange]) -> [String] {
        var subjects: [String: [String]] = [:]
        var order: [String] = []
        for change in changes.sorted() {
            if subjects[change.detail] == nil { order.append(change.detail) }
            subjects[change.detail, default: []].append(change.subject)
        }
        return order.map { detail in
            let names = subjects[detail] ?? []
            return names.map { "`\($0)`" }.joined(separator: ", ") + (names.count > 1 ? " (\(names.count))" : "")
                + ": \(detail)"
        }
    }
}
