/// The spec's `info.description` as the docs index's guide: Markdown kept as written, each heading one
/// level deeper so the guide sits under the index's own title (fenced code is left alone).
enum APIGuide {
    static func markdown(_ description: String?) -> String {
        let text = SwiftText.markdown(description)
        var inFence = false
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
            return !inFence && line.hasPrefix("#") ? "#" + line : String(line)
        }.joined(separator: "\n")
    }
}
