import Diagnostics
import Naming
import OpenAPIModel

extension Builder {
    mutating func translateBody(_ item: RefOr<RequestBody>, _ plan: OperationPlan) -> RequestBodyDecl? {
        guard let body = document.requestBody(item) else {
            if case .reference(let reference) = item {
                warn("requestBody $ref '\(reference.raw)' points to nothing; the body is skipped", reference.origin)
            }
            return nil
        }
        guard let media = preferredMedia(body.content) else {
            warn("request body has no usable content; skipped", body.origin)
            return nil
        }
        let encoding = bodyEncoding(media.contentType)
        let slot = TypeSlot.topLevel(plan.requestType)
        var type: TypeRef
        switch encoding {
        case .binary: type = .binary
        case .text: type = .string
        case .json: type = media.schema.map { typeRef($0, slot: slot, depth: 0) } ?? .json
        case .multipart, .formURLEncoded:
            type = media.schema.map { typeRef($0, slot: slot, depth: 0) } ?? .json
            guard let properties = objectProperties(of: type) else {
                warn(
                    "a \(media.contentType) body must be an object with properties; it is sent as raw bytes",
                    media.origin
                )
                return RequestBodyDecl(
                    encoding: .binary,
                    contentType: media.contentType,
                    type: .binary,
                    required: body.required,
                    description: body.description,
                    fields: []
                )
            }
            let fields = properties.map { property in
                FormField(name: property.name, swiftName: property.swiftName, encoding: fieldEncoding(property.type))
            }
            return RequestBodyDecl(
                encoding: encoding,
                contentType: media.contentType,
                type: type,
                required: body.required,
                description: body.description,
                fields: fields
            )
        }
        return RequestBodyDecl(
            encoding: encoding,
            contentType: media.contentType,
            type: type,
            required: body.required,
            description: body.description,
            fields: []
        )
    }

    /// JSON first, then forms, then anything else, as a client would choose.
    private func preferredMedia(_ content: [MediaType]) -> MediaType? {
        let ranked = content.enumerated().sorted { lhs, rhs in
            let l = rank(lhs.element.contentType)
            let r = rank(rhs.element.contentType)
            return l != r ? l < r : lhs.offset < rhs.offset
        }
        return ranked.first?.element
    }

    private func rank(_ contentType: String) -> Int {
        switch bodyEncoding(contentType) {
        case .json: return 0
        case .multipart: return 1
        case .formURLEncoded: return 2
        case .text: return 3
        case .binary: return 4
        }
    }

    func bodyEncoding(_ contentType: String) -> BodyEncoding {
        let base = Self.baseMediaType(contentType)
        if base == "application/json" || base.hasSuffix("+json") || base == "*/*" { return .json }
        if base == "multipart/form-data" || base == "multipart/mixed" { return .multipart }
        if base == "application/x-www-form-urlencoded" { return .formURLEncoded }
        if base.hasPrefix("text/") { return .text }
        return .binary
    }

    /// `Application/JSON; charset=utf-8` -> `application/json`. Media types are ASCII tokens (RFC 6838),
    /// so this works on bytes: Foundation's trimming and splitting cost more than translating the body.
    static func baseMediaType(_ contentType: String) -> String {
        let beforeParameters = contentType.utf8.prefix { $0 != UInt8(ascii: ";") }
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        let trimmed = beforeParameters.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        return String(decoding: trimmed.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// The properties of a struct type, seen through aliases.
    func objectProperties(of type: TypeRef) -> [PropertyDecl]? {
        guard let name = type.namedType, let decl = table.decls[name] else { return nil }
        switch decl.kind {
        case .object(let properties): return properties
        case .alias(let target): return objectProperties(of: target)
        default: return nil
        }
    }

    private func fieldEncoding(_ type: TypeRef) -> FieldEncoding {
        if type == .binary { return .file }
        if isScalarOrEnum(type) { return .value }
        if let element = type.arrayElement, isScalarOrEnum(element) { return .values }
        return .json
    }

    /// Every response in status order. With more than one 2xx response each success gets its own
    /// inline type (`XResponse200`, `XResponse202`) and the operation returns an enum named `XResponse`.
    mutating func translateResponses(_ plan: OperationPlan) -> (
        responses: [ResponseDecl], successEnum: SuccessEnumDecl?
    ) {
        var entries: [(status: ResponseStatus, response: Response)] = []
        for entry in plan.operation.responses {
            guard let response = document.response(entry.response) else {
                if case .reference(let reference) = entry.response {
                    warn("response $ref '\(reference.raw)' points to nothing; skipped", reference.origin)
                }
                continue
            }
            let status = entry.status
            // `2XX` and `2xx` are distinct YAML keys but one status.
            if entries.contains(where: { $0.status == status }) {
                warn("response '\(status.text)' is declared twice; the first one is kept", entry.origin)
                continue
            }
            entries.append((status, response))
        }
        entries.sort { $0.status.sortKey < $1.status.sortKey }  // keys are unique now, so the order is total
        let several = entries.filter(\.status.isSuccess).count > 1
        var result: [ResponseDecl] = []
        var successDeclared = false
        for (status, response) in entries {
            let media = response.content.first { bodyEncoding($0.contentType) == .json } ?? response.content.first
            var type: TypeRef?
            if let media {
                let isSuccess = status.isSuccess && (several || !successDeclared)
                let slot: TypeSlot =
                    isSuccess && !several
                    ? .topLevel(plan.responseType)
                    : .fresh(Naming.responseTypeName(plan.responseType, status: status.text))
                switch bodyEncoding(media.contentType) {
                case .json:
                    if let schema = media.schema {
                        if isSuccess || schema.reference != nil { type = typeRef(schema, slot: slot, depth: 0) }
                    } else if isSuccess {
                        type = .json
                    }
                case .text: type = .string
                default: type = .binary
                }
                if isSuccess { successDeclared = true }
            }
            result.append(
                ResponseDecl(
                    status: status,
                    description: response.description,
                    contentType: media?.contentType,
                    type: type
                )
            )
        }
        guard several else { return (result, nil) }
        var namer = UniqueNamer(reserved: ["response", "status", "headers"])
        let cases = result.filter(\.status.isSuccess).map { response in
            let wanted: SwiftIdentifier
            switch response.status {
            case .code(let code): wanted = Naming.successCaseName(code: code)
            case .range, .default: wanted = Naming.successRangeCaseName
            }
            return SuccessCase(name: namer.claim(wanted).name, response: response)
        }
        return (result, SuccessEnumDecl(name: plan.responseType, cases: cases))
    }
}
