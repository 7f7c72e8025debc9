import Diagnostics
import YAMLLoader

extension Converter {
    /// Swagger's flow names -> OpenAPI 3's.
    static let flows = [
        "implicit": "implicit", "password": "password", "application": "clientCredentials",
        "accessCode": "authorizationCode",
    ]

    /// basic -> http/basic; apiKey unchanged; oauth2's `flow` and URLs -> `flows`.
    mutating func securityScheme(_ node: Node, _ pointer: JSONPointer) -> Node {
        guard let entries = node.entries, let type = node["type"] else { return node }
        var out: [Entry] = []
        switch type.string {
        case "basic":
            for entry in entries {
                if entry.key == "type" {
                    out.append(Entry(key: "type", keyMark: entry.keyMark, value: .text("http", at: type.mark)))
                    out.append(Entry("scheme", .text("basic", at: type.mark)))
                } else {
                    out.append(entry)
                }
            }
        case "oauth2":
            let flowNode = node["flow"]
            guard let flowName = flowNode?.string, let flow = Self.flows[flowName] else {
                warn(
                    "oauth2 security scheme without a known 'flow' (implicit, password, application, accessCode); kept as written",
                    flowNode ?? node,
                    pointer / "flow"
                )
                return node
            }
            let flowKeys: Set<String> = ["authorizationUrl", "tokenUrl", "scopes", "flow"]
            out = entries.filter { !flowKeys.contains($0.key) }
            var flowEntries = entries.filter { ["authorizationUrl", "tokenUrl", "scopes"].contains($0.key) }
            if node["scopes"] == nil { flowEntries.append(Entry("scopes", .mapping([], at: node.mark))) }
            out.append(Entry("flows", .mapping([Entry(flow, .mapping(flowEntries, at: node.mark))], at: node.mark)))
        case "apiKey":
            return node
        default:
            warn(
                "security scheme type '\(type.string ?? "")' is not basic, apiKey or oauth2; kept as written",
                type,
                pointer / "type"
            )
            return node
        }
        return .mapping(out, at: node.mark)
    }
}
