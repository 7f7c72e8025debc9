import IR
import Naming

/// What a tag template sees for one operation.
struct OperationView: Encodable {
    let name: String
    let qualifiedName: String
    let qualifiedNameLiteral: String
    let method: String
    let methodCase: String
    let path: String
    let pathCode: String
    let pathExpression: String
    /// `RequestBuilder(...)`'s and `client.send(...)`'s arguments, inline or one per line.
    let requestArguments: String
    let sendArguments: String
    let pointer: String
    let docLines: [String]
    let deprecated: Bool
    let signature: String
    let returnType: String?
    let decodesJSON: Bool
    let returnsData: Bool
    let returnsText: Bool
    /// Set when the operation has several 2xx responses and returns an enum.
    let successEnum: SuccessEnumView?
    /// Any success body is JSON: the request asks for it.
    let acceptsJSON: Bool
    let throwsDoc: String
    let queryParameters: [ParameterView]
    let headerParameters: [ParameterView]
    let cookieParameters: [ParameterView]
    let parameterDocs: [ParameterDoc]
    let hasParameters: Bool
    let hasTableParameters: Bool
    let markdown: String
    let allParameters: [ParameterView]
    let body: BodyView?
    /// `let` when nothing is added to the request after it is made, so the output has no warnings.
    let requestBinding: String
    let responses: [ResponseView]
    let summary: String
    let usage: String
    /// The `…Paged` twin, for list operations that page with `limit` and `offset`.
    let paging: PagingView?
}

/// One `- name: text` bullet of a `- Parameters:` list; the template writes the bullet.
struct ParameterDoc: Encodable {
    /// As prose and argument labels write it: `default`, `selfValue`.
    let name: String
    let text: String
}

struct ParameterView: Encodable {
    let name: String
    let nameLiteral: String
    let swiftName: String
    let type: String
    let typeDisplay: String
    let location: String
    let required: Bool
    let isArray: Bool
    let styleCase: String
    let explode: Bool
    let description: String
}

struct BodyView: Encodable {
    let isJSON: Bool
    let isMultipart: Bool
    let isForm: Bool
    let isRaw: Bool
    let isText: Bool
    let required: Bool
    let contentTypeLiteral: String
    let contentType: String
    let type: String
    let fields: [FieldView]
    let description: String
}

struct FieldView: Encodable {
    let nameLiteral: String
    let swiftName: String
    let isValue: Bool
    let isValues: Bool
    let isFile: Bool
    let isJSON: Bool
}

/// The enum an operation with several 2xx responses returns, and the switch that builds it.
struct SuccessEnumView: Encodable {
    let name: String
    let qualifiedName: String
    let cases: [SuccessCaseView]
}

/// One case of a success enum: `accepted(PendingConnection, response: APIResponse)`, spelled by the template.
struct SuccessCaseView: Encodable {
    /// `accepted`, as declared.
    let name: String
    /// `202`, as the spec writes it.
    let status: String
    let description: String
    /// `202`, or `200...299` for the `2XX` range.
    let match: String
    /// The body's Swift type (`PendingConnection`, `Data`, `String`), nil when the response has none.
    let bodyType: String?
    /// How the body is read: decoded from JSON, kept as bytes, or read as UTF-8 text.
    let decodesJSON: Bool
    let returnsData: Bool
    let returnsText: Bool
}

struct ResponseView: Encodable {
    let status: String
    let description: String
    let contentType: String
    let type: String
}

extension OperationView {
    init(
        _ operation: OperationDecl,
        tagProperty: SwiftIdentifier,
        access: String,
        spelling: TypeSpelling,
        types: [String: TypeDecl] = [:],
        taken: Set<SwiftIdentifier> = []
    ) {
        name = operation.name.declared
        qualifiedName = operation.qualifiedName
        qualifiedNameLiteral = SwiftText.literal(operation.qualifiedName)
        method = operation.method.rawValue
        methodCase = "." + operation.method.rawValue.lowercased()
        path = operation.path
        pathCode = SwiftText.inlineCode(operation.path)
        pathExpression = Self.pathExpression(operation.pathPieces)
        // `        var request = RequestBuilder(...)` and `        let response = try await client.send(...)`,
        // statements two levels deep.
        requestArguments = ArgumentLayout.list(
            ["method: " + methodCase, "path: " + pathExpression],
            lineWithoutList: 8 + "var request = RequestBuilder()".count,
            indent: 8
        )
        sendArguments = ArgumentLayout.list(
            ["request", "operationID: " + qualifiedNameLiteral],
            lineWithoutList: 8 + "let response = try await client.send()".count,
            indent: 8
        )
        pointer = SwiftText.inlineCode(operation.pointer.description)
        docLines = SwiftText.docLines([operation.summary, operation.description])
        deprecated = operation.deprecated
        summary = SwiftText.singleLine(operation.summary)
        let views = operation.parameters.map { ParameterView($0, spelling: spelling) }
        queryParameters = views.filter { $0.location == "query" }
        headerParameters = views.filter { $0.location == "header" }
        cookieParameters = views.filter { $0.location == "cookie" }
        body = operation.body.map { BodyView($0, spelling: spelling) }
        let enumView = operation.successEnum.map {
            SuccessEnumView($0, qualifiedName: operation.qualifiedName, spelling: spelling)
        }
        successEnum = enumView
        if let successEnum = operation.successEnum {
            returnType = successEnum.name
            (returnsData, returnsText, decodesJSON) = (false, false, false)
            // Asking for JSON when another success is CSV or bytes would invite a 406.
            let bodies = successEnum.cases.map { Payload($0.response, spelling: spelling) }.filter { $0 != .none }
            acceptsJSON = !bodies.isEmpty && bodies.allSatisfy(\.isJSON)
            throwsDoc =
                "`APIError` for a status the spec does not list as a success, a transport failure or a body that does not decode."
        } else {
            let payload = operation.success.map { Payload($0, spelling: spelling) } ?? .none
            returnType = operation.success?.type.map(spelling.callAsFunction)
            returnsData = payload == .data
            returnsText = payload == .text
            decodesJSON = payload.isJSON
            acceptsJSON = decodesJSON
            throwsDoc = "`APIError` for a non-2xx status, a transport failure or a body that does not decode."
        }
        let mutates = operation.body != nil || operation.parameters.contains { $0.kind != .path } || acceptsJSON
        requestBinding = mutates ? "var" : "let"

        var arguments: [String] = []
        var docs: [ParameterDoc] = []
        let required = operation.parameters.filter(\.required)
        let optional = operation.parameters.filter { !$0.required }
        // A parameter the spec does not describe gets no line: "The `expand` query parameter." says nothing.
        func document(_ parameter: ParameterDecl) {
            if let text = Self.describe(parameter) {
                docs.append(ParameterDoc(name: parameter.swiftName.name, text: text))
            }
        }
        for parameter in required {
            arguments.append("\(parameter.swiftName.declared): \(spelling(parameter.type))")
            document(parameter)
        }
        if let body = operation.body {
            arguments.append("body: \(spelling(body.type))" + (body.required ? "" : "? = nil"))
            let text = SwiftText.singleLine(body.description ?? "The request body (\(body.contentType)).")
            docs.append(ParameterDoc(name: "body", text: text))
        }
        for parameter in optional {
            arguments.append("\(parameter.swiftName.declared): \(spelling(parameter.type))? = nil")
            document(parameter)
        }
        if let body = operation.body, body.encoding == .multipart || body.encoding == .formURLEncoded {
            arguments.append("extraFields: [String: String] = [:]")
            docs.append(
                ParameterDoc(
                    name: "extraFields",
                    text:
                        "Form fields the spec does not list (a connector's credential fields, say), sent after the typed ones."
                )
            )
        }
        // `    <access> func <name>(...) async throws -> <Return> {`, members one level deep.
        let declarationLine =
            4 + access.count + " func ".count + name.count + "() async throws {".count
            + (returnType.map { " -> ".count + $0.count } ?? 0)
        signature = ArgumentLayout.list(arguments, lineWithoutList: declarationLine, indent: 4)
        parameterDocs = docs
        hasParameters = !docs.isEmpty
        allParameters = views
        hasTableParameters = !views.isEmpty
        markdown = SwiftText.markdown(operation.description)

        responses = operation.responses.map {
            ResponseView(
                status: $0.status.text,
                description: SwiftText.tableCell($0.description),
                contentType: $0.contentType ?? "",
                type: $0.type.map(spelling.callAsFunction) ?? ""
            )
        }
        paging = PagingView(operation, access: access, spelling: spelling, types: types, taken: taken)
        usage = UsageExample.code(
            operation,
            tagProperty: tagProperty,
            spelling: spelling,
            returnsValue: returnType != nil
        )
    }

    /// The spec's description on one line; nil when it has none.
    static func describe(_ parameter: ParameterDecl) -> String? {
        let text = SwiftText.singleLine(parameter.description)
        return text.isEmpty ? nil : text
    }

    /// The path as one interpolated literal (shorter than a `+` chain, and cheaper to type-check); every
    /// parameter is percent-encoded as one segment.
    private static func pathExpression(_ pieces: [PathPiece]) -> String {
        if pieces.isEmpty { return "\"/\"" }
        return "\""
            + pieces.map { piece in
                switch piece {
                case .literal(let text): return String(SwiftText.literal(text).dropFirst().dropLast())
                case .parameter(let swiftName): return "\\(segment: \(swiftName.declared))"
                }
            }.joined() + "\""
    }
}

extension ParameterView {
    init(_ parameter: ParameterDecl, spelling: TypeSpelling) {
        name = parameter.name
        nameLiteral = SwiftText.literal(parameter.name)
        swiftName = parameter.swiftName.declared
        type = spelling(parameter.type)
        typeDisplay = parameter.type.display
        location = parameter.kind.rawValue
        required = parameter.required
        isArray = parameter.type.arrayElement != nil
        switch parameter.style {
        case .spaceDelimited: styleCase = ".spaceDelimited"
        case .pipeDelimited: styleCase = ".pipeDelimited"
        case .form, .simple: styleCase = ".form"
        }
        explode = parameter.explode
        description = SwiftText.tableCell(parameter.description)
    }
}

extension BodyView {
    init(_ body: RequestBodyDecl, spelling: TypeSpelling) {
        isJSON = body.encoding == .json
        isMultipart = body.encoding == .multipart
        isForm = body.encoding == .formURLEncoded
        isRaw = body.encoding == .binary
        isText = body.encoding == .text
        required = body.required
        contentTypeLiteral = SwiftText.literal(body.contentType)
        contentType = body.contentType
        type = spelling(body.type)
        description = SwiftText.singleLine(body.description)
        fields = body.fields.map { field in
            FieldView(
                nameLiteral: SwiftText.literal(field.name),
                swiftName: field.swiftName.declared,
                isValue: field.encoding == .value,
                isValues: field.encoding == .values,
                isFile: field.encoding == .file,
                isJSON: field.encoding == .json
            )
        }
    }
}

/// How a success response's body reaches the caller.
enum Payload: Equatable {
    case json(String)
    case data
    case text
    case none

    init(_ response: ResponseDecl, spelling: TypeSpelling) {
        switch response.type {
        case nil: self = .none
        case .binary?: self = .data
        case .string? where response.contentType?.hasPrefix("text/") ?? false: self = .text
        case let type?: self = .json(spelling(type))
        }
    }

    var isJSON: Bool {
        if case .json = self { return true }
        return false
    }
}

extension SuccessEnumView {
    init(_ decl: SuccessEnumDecl, qualifiedName: String, spelling: TypeSpelling) {
        name = decl.name
        self.qualifiedName = qualifiedName
        cases = decl.cases.map { SuccessCaseView($0, spelling: spelling) }
    }
}

extension SuccessCaseView {
    init(_ success: SuccessCase, spelling: TypeSpelling) {
        let response = success.response
        name = success.name.declared
        status = response.status.text
        description = SwiftText.singleLine(response.description)
        switch response.status {
        case .code(let code): match = String(code)
        case .range(let digit): match = "\(digit * 100)...\(digit * 100 + 99)"
        case .default: match = "_"  // unreachable: `default` is never a success
        }
        let payload = Payload(response, spelling: spelling)
        switch payload {
        case .json(let type): bodyType = type
        case .data: bodyType = "Data"
        case .text: bodyType = "String"
        case .none: bodyType = nil
        }
        decodesJSON = payload.isJSON
        returnsData = payload == .data
        returnsText = payload == .text
    }
}
