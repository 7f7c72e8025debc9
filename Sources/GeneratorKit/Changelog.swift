/// The `generate diff` report: Markdown ready for a pull-request description.
public enum Changelog {
    public static func markdown(_ changes: [APIChange], old: String, new: String) -> String {
        let breaking = changes.filter(\.breaking)
        let compatible = changes.filter { !$0.breaking }
        var text = "## API changes: `\(old)` → `\(new)`\n\n"
        if changes.isEmpty { return text + "No changes a client can see.\n" }
        text += "**\(breaking.count) breaking**, \(compatible.count) non-breaking.\n"
        for (title, group) in [("Breaking", breaking), ("Non-breaking", compatible)] where !group.isEmpty {
            text += "\n### \(title)\n\n"
            for change in group {
                text += "- \(change.subject): \(change.detail)\n"
            }
        }
        return text
    }
}
