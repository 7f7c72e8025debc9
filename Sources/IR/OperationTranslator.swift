import Diagnostics
import Naming
import OpenAPIModel

private let ignoredHeaders: Set<String> = ["accept", "content-type", "authorization"]

extension Builder {
    mutating func translateOperations(_ plans: [OperationPlan]) -> [TagGroup] {
        var byTag: [SwiftIdentifier: [OperationDecl]] = [:]
        var tagNames: [SwiftIdentifier: String] = [:]
        for plan in plans {
            byTag[plan.tagProperty, default: []].append(translate(plan))
            tagNames[plan.tagProperty] = tagNames[plan.tagProperty] ?? plan.tag
        }
        let descriptions = Dictionary(
            document.tags.map { ($0.name, $0.description) },
            uniquingKeysWith: { first, _ in first }
        )
        return byTag.keys.sorted().map { property in
            let name = tagNames[property] ?? property.name
            return TagGroup(
                name: name,
                propertyName: property,
                typeName: table.claimTopLevel(Naming.tagType(name) + "API").name,
                description: descriptions[name] ?? nil,
                operations: (byTag[property] ?? []).sorted { $0.name < $1.name }
            )
        }
    }

    private mutating func translate(_ plan: OperationPlan) -> OperationDecl {
        let operation = plan.operation
        var namer = UniqueNamer(reserved: ["body", "extraFields"])
        let parameters = translateParameters(plan, namer: &namer)
        // The model reads only the eight OpenAPI methods; GET is never reached.
        let method = operation.method
        var body: RequestBodyDecl?
        if let item = operation.requestBody {
            if method.sendsBody {
                body = translateBody(item, plan)
            } else {
                warn(
                    "a \(method.rawValue) request carries no body; the declared request body is dropped (declare its fields as query parameters instead)",
                    requestBodyOrigin(item)
                )
            }
        }
        let (responses, successEnum) = translateResponses(plan)
        let success = responses.first { $0.status.isSuccess }
        let ordered = parameters.filter(\.required) + parameters.filter { !$0.required }
        return OperationDecl(
            tagProperty: plan.tagProperty,
            name: plan.name,
            method: method,
            path: operation.path,
            pathPieces: pathPieces(operation.path, parameters),
            summary: operation.summary,
            description: operation.description,
            deprecated: operation.deprecated,
            parameters: ordered,
            body: body,
            success: success,
            successEnum: successEnum,
            responses: responses,
            pointer: operation.origin.pointer
        )
    }

    /// Where the operation declares its body: the `$ref` or the inline body.
    private func requestBodyOrigin(_ item: RefOr<RequestBody>) -> Origin {
        switch item {
        case .reference(let reference): reference.origin
        case .value(let body): body.origin
        }
    }

    private func pathPieces(_ path: String, _ parameters: [ParameterDecl]) -> [PathPiece] {
        let swiftNames = Dictionary(
            parameters.filter { $0.kind == .path }.map { ($0.name, $0.swiftName) },
            uniquingKeysWith: { first, _ in first }
        )
        // The model skips malformed paths; one built by hand still renders, as plain text.
        return (PathTemplate.pieces(of: path) ?? [.literal(path)]).map { piece in
            switch piece {
            case .literal(let text): .literal(text)
            case .variable(let name): .parameter(swiftNames[name] ?? Naming.propertyName(name))
            }
        }
    }

    private mutating func translateParameters(_ plan: OperationPlan, namer: inout UniqueNamer) -> [ParameterDecl] {
        var merged: [Parameter] = []
        for item in plan.pathItem.parameters + plan.operation.parameters {
            guard let parameter = document.parameter(item) else {
                if case .reference(let reference) = item {
                    warn("parameter $ref '\(reference.raw)' points to nothing; skipped", reference.origin)
                }
                continue
            }
            merged.removeAll { $0.name == parameter.name && $0.location == parameter.location }
            merged.append(parameter)
        }
        let templateNames = PathTemplate.variableNames(in: plan.operation.path)
        var result: [ParameterDecl] = []
        for parameter in merged {
            if parameter.location == .path && !templateNames.contains(parameter.name) {
                warn(
                    "path parameter '\(parameter.name)' does not appear in the path template '\(plan.operation.path)'; skipped",
                    parameter.origin
                )
                continue
            }
            if parameter.location == .header && ignoredHeaders.contains(parameter.name.lowercased()) {
                warn(
                    "header parameter '\(parameter.name)' is managed by the client and transport; skipped",
                    parameter.origin
                )
                continue
            }
            result.append(translate(parameter, plan, namer: &namer))
        }
        for name in templateNames where !merged.contains(where: { $0.location == .path && $0.name == name }) {
            warn(
                "path template variable '{\(name)}' has no declared parameter; it is added as a required string",
                plan.operation.origin
            )
            let swiftName = namer.claim(Naming.propertyName(name)).name
            result.append(
                ParameterDecl(
                    name: name,
                    swiftName: swiftName,
                    kind: .path,
                    required: true,
                    type: .string,
                    style: .simple,
                    explode: false,
                    description: nil,
                    deprecated: false
                )
            )
        }
        let pathOrder = Dictionary(templateNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let path = result.filter { $0.kind == .path }.sorted { (pathOrder[$0.name] ?? 0) < (pathOrder[$1.name] ?? 0) }
        return path + result.filter { $0.kind != .path }
    }

    private mutating func translate(_ parameter: Parameter, _ plan: OperationPlan, namer: inout UniqueNamer)
        -> ParameterDecl
    {
        var wanted = Naming.propertyName(parameter.name)
        // `id_user` in the path and in the query: the second one says where it goes (`idUserQuery`).
        if namer.isTaken(wanted.name) {
            wanted = Naming.propertyName(parameter.name + "_" + parameter.location.rawValue)
        }
        let claimed = namer.claim(wanted)
        if claimed.collided || wanted != Naming.propertyName(parameter.name) {
            warn(
                "parameter '\(parameter.name)' collides with another parameter after conversion to Swift; named \(claimed.name)",
                parameter.origin
            )
        }
        var type = TypeRef.string
        if let schema = parameter.schema {
            type = typeRef(schema, slot: .fresh(plan.typeStem + Naming.typeName(parameter.name)), depth: 0)
        }
        if !isParameterEncodable(type) {
            warn(
                "parameter '\(parameter.name)' has type \(type.display), which cannot be sent as a \(parameter.location.rawValue) parameter; it is sent as a string",
                parameter.origin
            )
            type = .string
        }
        let kind = ParameterKind(rawValue: parameter.location.rawValue) ?? .query
        let style = sendableStyle(parameter, kind: kind)
        return ParameterDecl(
            name: parameter.name,
            swiftName: claimed.name,
            kind: kind,
            required: parameter.required,
            type: type,
            style: style,
            explode: parameter.explode ?? (style == .form),
            description: parameter.description,
            deprecated: parameter.deprecated
        )
    }

    /// The declared style when the client can send it, else the location's default under a warning
    /// (deepObject objects, matrix and label paths are not generated).
    mutating func sendableStyle(_ parameter: Parameter, kind: ParameterKind) -> SerializationStyle {
        let fallback: SerializationStyle = kind == .query || kind == .cookie ? .form : .simple
        guard let declared = parameter.style else { return fallback }
        let supported: Set<SerializationStyle> = kind == .query ? [.form, .spaceDelimited, .pipeDelimited] : [fallback]
        if let style = SerializationStyle(rawValue: declared.rawValue), supported.contains(style) { return style }
        warn(
            "\(kind.rawValue) parameter '\(parameter.name)' has style \(declared.rawValue), which the client does not generate; it is sent as \(fallback.rawValue)",
            parameter.origin
        )
        return fallback
    }

    /// Scalars, enums and lists of them.
    func isParameterEncodable(_ type: TypeRef) -> Bool {
        if type.isScalar { return true }
        if let element = type.arrayElement { return isScalarOrEnum(element) }
        return isScalarOrEnum(type)
    }

    func isScalarOrEnum(_ type: TypeRef) -> Bool {
        if type.isScalar { return true }
        guard let name = type.namedType, let decl = table.decls[name] else { return false }
        switch decl.kind {
        case .stringEnum, .intEnum: return true
        case .alias(let target): return isScalarOrEnum(target)
        default: return false
        }
    }
}
