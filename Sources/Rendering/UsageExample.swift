import IR
import Naming

/// The call example of an operation's docs: a function that compiles as it is, given `import` of the
/// module. Scalars get literal placeholders; any other required input (the body, a date, an enum, a list)
/// becomes a parameter of the example, so no placeholder can fail to type-check.
enum UsageExample {
    static func code(
        _ operation: OperationDecl,
        tagProperty: SwiftIdentifier,
        spelling: TypeSpelling,
        returnsValue: Bool
    )
        -> String
    {
        var inputs = ["client: Client"]
        var arguments: [String] = []
        for parameter in operation.parameters where parameter.required {
            let label = parameter.swiftName.name
            if let literal = placeholder(parameter.type) {
                arguments.append("\(label): \(literal)")
            } else {
                inputs.append("\(parameter.swiftName.declared): \(spelling(parameter.type))")
                arguments.append("\(label): \(parameter.swiftName.declared)")
            }
        }
        if let body = operation.body, body.required {
            inputs.append("body: \(spelling(body.type))")
            arguments.append("body: body")
        }
        let call =
            "try await client.\(tagProperty.declared).\(operation.name.declared)"
            + "(\(arguments.joined(separator: ", ")))"
        let attribute = operation.deprecated ? "@available(*, deprecated)\n" : ""
        let header =
            "\(attribute)func \(operation.name.appending("Example").declared)(\(inputs.joined(separator: ", "))) async throws {"
        let body = returnsValue ? "    let result = \(call)\n    print(result)" : "    \(call)"
        return header + "\n" + body + "\n}"
    }

    /// A literal of the parameter's type, for scalars whose literal reads naturally.
    private static func placeholder(_ type: TypeRef) -> String? {
        switch type {
        case .int, .int32, .int64: "1"
        case .double, .decimal: "1.0"
        case .bool: "true"
        case .string: "\"...\""
        default: nil
        }
    }
}
