import Foundation
import IR
import Naming

/// What a model template sees: every name, type spelling and literal already decided.
struct TypeView {
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
    /// `String` or `Int`: the raw type of an open enum.
    let rawType: String
    /// How an enum value is spelled in a path, query or form field.
    let parameterString: String
    let isUnion: Bool
    let isAlias: Bool
    let properties: [PropertyView]
    let hasProperties: Bool
    let cases: [CaseView]
    let unionCases: [UnionCaseView]
    let discriminator: String?
    let aliasTarget: String
    let nested: [TypeView]
}

struct PropertyView {
    let swiftName: String
    let keyLiteral: String
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
}

struct CaseView {
    let swiftName: String
    let rawLiteral: String
}

struct UnionCaseView {
    let swiftName: String
    let type: String
    let discriminatorLiterals: [String]
}

extension TypeView {
    init(_ decl: TypeDecl, access: String) {
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
            properties = items.map(PropertyView.init)
        case .stringEnum(let items):
            cases = items.map { CaseView(swiftName: $0.swiftName, rawLiteral: SwiftText.literal($0.rawValue)) }
        case .intEnum(let items):
            cases = items.map { CaseView(swiftName: $0.swiftName, rawLiteral: $0.rawValue) }
        case .union(let items, let property):
            unionCases = items.map {
                UnionCaseView(swiftName: $0.swiftName, type: $0.type.swift, discriminatorLiterals: $0.discriminatorValues.map(SwiftText.literal))
            }
            discriminator = property.map(SwiftText.literal)
        case .alias(let target):
            aliasTarget = target.swift
        }
        isStruct = { if case .object = decl.kind { return true } else { return false } }()
        let isIntEnum = { if case .intEnum = decl.kind { return true } else { return false } }()
        isEnum = isIntEnum || { if case .stringEnum = decl.kind { return true } else { return false } }()
        rawType = isIntEnum ? "Int" : "String"
        parameterString = isIntEnum ? "String(rawValue)" : "rawValue"
        isUnion = { if case .union = decl.kind { return true } else { return false } }()
        isAlias = { if case .alias = decl.kind { return true } else { return false } }()
        self.properties = properties
        hasProperties = !properties.isEmpty
        self.cases = cases
        self.unionCases = unionCases
        self.discriminator = discriminator
        self.aliasTarget = aliasTarget
        nested = decl.nested.map { TypeView($0, access: access) }
    }
}

extension PropertyView {
    init(_ property: PropertyDecl) {
        swiftName = property.swiftName
        keyLiteral = SwiftText.literal(property.name)
        type = property.type.swift + (property.isOptional ? "?" : "")
        docLines = SwiftText.docLines([property.description])
        isIndirect = property.indirect
        storageName = "_" + property.swiftName.withoutBackticks
        codingCase = property.indirect ? storageName : property.swiftName
        deprecated = property.deprecated
        let shadowsSelf = property.swiftName == "`self`"
        initArgument = shadowsSelf ? "selfValue" : property.swiftName
        initParameter = "\(property.swiftName)\(shadowsSelf ? " selfValue" : ""): \(type)" + (property.isOptional ? " = nil" : "")
        tableDescription = SwiftText.tableCell(property.description)
    }
}
