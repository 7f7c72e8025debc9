import Diagnostics
import Foundation
import IR
import Naming

/// What a model template sees: every name, type spelling and literal already decided.
struct TypeView: Encodable {
    let access: String
    let name: String
    let qualifiedName: String
    let nameLiteral: String
    let docLines: [String]
    let hasDoc: Bool
    let markdown: String
    let pointer: String
    let deprecated: Bool
    let isStruct: Bool
    let isEnum: Bool
    /// A string enum, read from JSON text in place by tolerant models.
    let isStringEnum: Bool
    /// `String` or `Int`: the raw type of an open enum.
    let rawType: String
    /// How an enum value is spelled in a path, query or form field.
    let parameterString: String
    let isUnion: Bool
    let isAlias: Bool
    let properties: [PropertyView]
    /// One bullet per described property, for the memberwise initializer's `- Parameters:`.
    let initDocs: [ParameterDoc]
    /// The memberwise initializer's parameters, inline or one per line (`ArgumentLayout`).
    let initParameters: String
    let hasProperties: Bool
    /// Decodes through `TolerantObject` and keeps `unmatchedFields` (see `DecodingPolicy.tolerant`).
    let tolerant: Bool
    let cases: [CaseView]
    let unionCases: [UnionCaseView]
    let discriminator: String?
    let aliasTarget: String
    let nested: [TypeView]
}

struct PropertyView: Encodable {
    let swiftName: String
    let keyLiteral: String
    /// The stored property's type.
    let type: String
    let docLines: [String]
    let isIndirect: Bool
    let storageName: String
    let codingCase: String
    let deprecated: Bool
    let initParameter: String
    /// The init parameter's local name; `self` would shadow the instance, so it gets another.
    let initArgument: String
    let tableDescription: String
    /// Tolerant decoding: `TolerantObject`'s method (`identity`, `array` or `field`) and the type it reads.
    let decodeMethod: String
    let decodeType: String
    let isIdentity: Bool
    /// A required collection the server left out reads as empty (`[]` or `[:]`), reported; "" otherwise.
    let emptyValue: String
    let required: Bool
    let nullable: Bool
}

struct CaseView: Encodable {
    let swiftName: String
    let rawLiteral: String
}

struct UnionCaseView: Encodable {
    let swiftName: String
    let type: String
    let discriminatorLiterals: [String]
}

extension TypeView {
    init(_ decl: TypeDecl, access: String, decoding: DecodingPolicy, spelling: TypeSpelling) {
        self.access = access
        name = decl.name
        qualifiedName = decl.qualifiedName
        nameLiteral = SwiftText.literal(decl.qualifiedName)
        docLines = SwiftText.docLines([decl.description])
        hasDoc = !docLines.isEmpty
        markdown = SwiftText.markdown(decl.description)
        pointer = SwiftText.inlineCode(decl.pointer.description)
        deprecated = decl.deprecated
        var properties: [PropertyView] = []
        var cases: [CaseView] = []
        var unionCases: [UnionCaseView] = []
        var discriminator: String?
        var aliasTarget = ""
        switch decl.kind {
        case .object(let items):
            let tolerant = StoredType.isTolerant(decl, decoding: decoding)
            properties = items.map { PropertyView($0, tolerant: tolerant, spelling: spelling) }
        case .stringEnum(let items):
            cases = items.map { CaseView(swiftName: $0.swiftName.declared, rawLiteral: SwiftText.literal($0.rawValue)) }
        case .intEnum(let items):
            cases = items.map { CaseView(swiftName: $0.swiftName.declared, rawLiteral: $0.rawValue) }
        case .union(let items, let property):
            unionCases = items.map {
                UnionCaseView(
                    swiftName: $0.swiftName.declared,
                    type: spelling($0.type),
                    discriminatorLiterals: $0.discriminatorValues.map(SwiftText.literal)
                )
            }
            discriminator = property.map(SwiftText.literal)
        case .alias(let target):
            aliasTarget = spelling(target)
        }
        isStruct = { if case .object = decl.kind { return true } else { return false } }()
        let isIntEnum = { if case .intEnum = decl.kind { return true } else { return false } }()
        isEnum = isIntEnum || { if case .stringEnum = decl.kind { return true } else { return false } }()
        rawType = isIntEnum ? "Int" : "String"
        isStringEnum = isEnum && !isIntEnum
        parameterString = isIntEnum ? "String(rawValue)" : "rawValue"
        isUnion = { if case .union = decl.kind { return true } else { return false } }()
        isAlias = { if case .alias = decl.kind { return true } else { return false } }()
        self.properties = properties
        initDocs = Self.initDocs(decl.kind)
        hasProperties = !properties.isEmpty
        tolerant = StoredType.isTolerant(decl, decoding: decoding)
        // Members sit one level inside the type, which sits inside its parents and the namespace; the
        // template indents by one level and partials add the rest.
        let column = 4 * (decl.qualifiedName.split(separator: ".").count + (spelling.namespace == nil ? 0 : 1))
        let parameters =
            properties.map(\.initParameter) + (tolerant ? ["unmatchedFields: [String: JSONValue] = [:]"] : [])
        initParameters = ArgumentLayout.list(
            parameters,
            lineWithoutList: column + access.count + " init() {".count,
            indent: 4
        )
        self.cases = cases
        self.unionCases = unionCases
        self.discriminator = discriminator
        self.aliasTarget = aliasTarget
        nested = decl.nested.map { TypeView($0, access: access, decoding: decoding, spelling: spelling) }
    }
}

extension TypeView {
    /// Only properties the spec describes: a line restating the name would say nothing.
    private static func initDocs(_ kind: TypeKind) -> [ParameterDoc] {
        guard case .object(let properties) = kind else { return [] }
        return properties.compactMap { property in
            let text = SwiftText.singleLine(property.description)
            return text.isEmpty ? nil : ParameterDoc(name: property.swiftName.localName.name, text: text)
        }
    }
}

extension PropertyView {
    /// In a tolerant model every property may be absent but identity ones; the initializer still
    /// asks for what the spec requires, so requests stay as precise as the spec.
    init(_ property: PropertyDecl, tolerant: Bool, spelling: TypeSpelling) {
        swiftName = property.swiftName.declared
        keyLiteral = SwiftText.literal(property.name)
        isIdentity = StoredType.isIdentity(property, tolerant: tolerant)
        let base = spelling(property.type)
        emptyValue = StoredType.emptyValue(property, tolerant: tolerant)
        type = StoredType.swift(property, tolerant: tolerant, namespace: spelling.namespace)
        docLines = SwiftText.docLines([property.description])
        isIndirect = property.indirect
        storageName = property.swiftName.storage
        codingCase = property.indirect ? storageName : swiftName
        deprecated = property.deprecated
        let local = property.swiftName.localName
        initArgument = local.declared
        let parameterType = base + (property.isOptional ? "?" : "")
        // The label, then the local name when it differs (`` `self` selfValue ``).
        let label = local == property.swiftName ? swiftName : swiftName + " " + local.declared
        initParameter = "\(label): \(parameterType)" + (property.isOptional ? " = nil" : "")
        tableDescription = SwiftText.tableCell(property.description)
        required = property.required
        nullable = property.nullable
        if isIdentity {
            decodeMethod = "identity"
            decodeType = base
        } else if let element = property.type.arrayElement {
            decodeMethod = "array"
            decodeType = spelling(element)
        } else {
            decodeMethod = "field"
            decodeType = base
        }
    }
}

extension ModelSummary {
    /// The index row of a model: its description, else where the spec declares it (`Response of GET /banks
    /// (200)`), else what it holds, so no row is blank.
    init(_ decl: TypeDecl, fileStem: String) {
        name = decl.name
        self.fileStem = fileStem
        let described = SwiftText.tableCell(decl.description)
        description =
            described.isEmpty ? SwiftText.tableCell(Self.origin(decl.pointer) ?? Self.shape(decl.kind)) : described
    }

    /// `paths/<path>/<method>/responses/<status>/...` or `.../requestBody/...` as words.
    private static func origin(_ pointer: JSONPointer) -> String? {
        let tokens = pointer.tokens
        guard tokens.count >= 4, tokens[0] == "paths" else { return nil }
        let call = "`\(tokens[2].uppercased()) \(SwiftText.inlineCode(tokens[1]))`"
        if tokens[3] == "requestBody" { return "Request body of \(call)." }
        if tokens[3] == "responses", tokens.count >= 5 {
            return "Response of \(call) (\(SwiftText.inlineCode(tokens[4])))."
        }
        return nil
    }

    private static func shape(_ kind: TypeKind) -> String {
        switch kind {
        case .object(let properties):
            let names = properties.prefix(4).map { "`\(SwiftText.inlineCode($0.name))`" }.joined(separator: ", ")
            if properties.isEmpty { return "An object with no declared properties." }
            return "\(properties.count) properties: \(names)" + (properties.count > 4 ? ", …" : "")
        case .stringEnum(let cases), .intEnum(let cases): return "One of \(cases.count) values."
        case .union(let cases, _): return "One of \(cases.count) types."
        case .alias(let target): return "Alias of `\(target.swift)`."
        }
    }
}
