import IR

/// One change between two versions of an API, classified for a client's source compatibility.
public struct APIChange: Hashable, Sendable, Comparable {
    public enum Kind: String, Sendable { case added, removed, changed }

    public var breaking: Bool
    public var kind: Kind
    /// What changed, with the Swift names users see.
    public var subject: String
    public var detail: String

    public static func < (lhs: APIChange, rhs: APIChange) -> Bool {
        (lhs.subject, lhs.kind.rawValue, lhs.detail) < (rhs.subject, rhs.kind.rawValue, rhs.detail)
    }
}

/// Compares two IRs: operations by method and path, parameters, bodies, response fields, enums and schemas.
public enum APIDiff {
    public static func changes(from old: API, to new: API) -> [APIChange] {
        var differ = Differ(old: old, new: new)
        differ.compareOperations()
        differ.compareTypes()
        return differ.changes.sorted()
    }
}

private struct Differ {
    let old: API
    let new: API
    let oldTypes: [String: TypeDecl]
    let newTypes: [String: TypeDecl]
    /// Types a client sends (a field becoming required breaks its callers) and receives (a field becoming optional breaks them).
    let oldUsage: TypeUsage
    let newUsage: TypeUsage
    var changes: [APIChange] = []

    init(old: API, new: API) {
        self.old = old
        self.new = new
        oldTypes = Self.index(old.types)
        newTypes = Self.index(new.types)
        oldUsage = TypeUsage(old, types: oldTypes)
        newUsage = TypeUsage(new, types: newTypes)
    }

    static func index(_ types: [TypeDecl]) -> [String: TypeDecl] {
        var result: [String: TypeDecl] = [:]
        func visit(_ decl: TypeDecl) {
            result[decl.qualifiedName] = decl
            decl.nested.forEach(visit)
        }
        types.forEach(visit)
        return result
    }

    mutating func record(_ breaking: Bool, _ kind: APIChange.Kind, _ subject: String, _ detail: String) {
        changes.append(APIChange(breaking: breaking, kind: kind, subject: subject, detail: detail))
    }

    mutating func compareOperations() {
        let oldOps = Dictionary(old.operations.map { ("\($0.method.rawValue) \($0.path)", $0) }, uniquingKeysWith: { first, _ in first })
        let newOps = Dictionary(new.operations.map { ("\($0.method.rawValue) \($0.path)", $0) }, uniquingKeysWith: { first, _ in first })
        for (key, operation) in oldOps where newOps[key] == nil {
            record(true, .removed, "`\(operation.qualifiedName)`", "operation `\(key)` removed")
        }
        for (key, operation) in newOps where oldOps[key] == nil {
            record(false, .added, "`\(operation.qualifiedName)`", "new operation `\(key)`")
        }
        for (key, newOperation) in newOps {
            guard let oldOperation = oldOps[key] else { continue }
            compare(oldOperation, newOperation)
        }
    }

    private mutating func compare(_ old: OperationDecl, _ new: OperationDecl) {
        let subject = "`\(new.qualifiedName)`"
        if old.qualifiedName != new.qualifiedName {
            record(true, .changed, subject, "renamed from `\(old.qualifiedName)`")
        }
        if !old.deprecated && new.deprecated { record(false, .changed, subject, "now deprecated") }
        let oldParameters = Dictionary(old.parameters.map { ("\($0.kind.rawValue) \($0.name)", $0) }, uniquingKeysWith: { first, _ in first })
        let newParameters = Dictionary(new.parameters.map { ("\($0.kind.rawValue) \($0.name)", $0) }, uniquingKeysWith: { first, _ in first })
        for (key, parameter) in oldParameters where newParameters[key] == nil {
            record(true, .removed, subject, "\(parameter.kind.rawValue) parameter `\(parameter.swiftName)` removed")
        }
        for (key, parameter) in newParameters {
            guard let before = oldParameters[key] else {
                record(parameter.required, .added, subject, "new \(parameter.required ? "required" : "optional") \(parameter.kind.rawValue) parameter `\(parameter.swiftName): \(parameter.type.swift)`")
                continue
            }
            if before.type != parameter.type {
                record(true, .changed, subject, "\(parameter.kind.rawValue) parameter `\(parameter.swiftName)` type \(before.type.swift) -> \(parameter.type.swift)")
            }
            if !before.required && parameter.required {
                record(true, .changed, subject, "\(parameter.kind.rawValue) parameter `\(parameter.swiftName)` became required")
            } else if before.required && !parameter.required {
                record(false, .changed, subject, "\(parameter.kind.rawValue) parameter `\(parameter.swiftName)` became optional")
            }
        }
        switch (old.body, new.body) {
        case (nil, let body?):
            record(body.required, .added, subject, "new \(body.required ? "required" : "optional") request body `\(body.type.swift)` (\(body.contentType))")
        case (_?, nil):
            record(true, .removed, subject, "request body removed")
        case (let before?, let after?):
            if before.encoding != after.encoding {
                record(true, .changed, subject, "request body \(before.contentType) -> \(after.contentType)")
            }
            if !before.required && after.required { record(true, .changed, subject, "request body became required") }
            if shape(before.type, oldTypes) != shape(after.type, newTypes) {
                record(true, .changed, subject, "request body type \(before.type.swift) -> \(after.type.swift)")
            }
        case (nil, nil):
            break
        }
        if resultShape(old, oldTypes) != resultShape(new, newTypes) {
            record(true, .changed, subject, "result type \(resultName(old)) -> \(resultName(new))")
        }
    }

    /// An operation with several 2xx responses returns an enum: its cases and their bodies are its shape.
    private func resultShape(_ operation: OperationDecl, _ types: [String: TypeDecl]) -> String? {
        guard let successEnum = operation.successEnum else { return operation.success?.type.map { shape($0, types) } }
        let cases = successEnum.cases.map { "\($0.name)(\($0.response.type.map { shape($0, types) } ?? ""))" }
        return "enum " + cases.joined(separator: ", ")
    }

    private func resultName(_ operation: OperationDecl) -> String {
        operation.successEnum?.name ?? operation.success?.type?.swift ?? "Void"
    }

    /// Inline request/response types are renamed with their operation; compare them structurally by kind of type.
    private func shape(_ type: TypeRef, _ types: [String: TypeDecl]) -> String {
        switch type {
        case .named(let name):
            guard let decl = types[name] else { return name }
            return decl.componentName != nil ? name : "inline"
        case .array(let element): return "[\(shape(element, types))]"
        case .dictionary(let value): return "[String: \(shape(value, types))]"
        default: return type.swift
        }
    }

    mutating func compareTypes() {
        for (name, decl) in oldTypes where newTypes[name] == nil && decl.componentName != nil {
            record(true, .removed, "`\(name)`", "schema `\(decl.componentName ?? name)` removed")
        }
        for (name, decl) in newTypes where oldTypes[name] == nil && decl.componentName != nil {
            record(false, .added, "`\(name)`", "new schema `\(decl.componentName ?? name)`")
        }
        for (name, after) in newTypes {
            guard let before = oldTypes[name] else { continue }
            compare(before, after, name: name)
        }
    }

    private mutating func compare(_ old: TypeDecl, _ new: TypeDecl, name: String) {
        let subject = "`\(name)`"
        switch (old.kind, new.kind) {
        case (.object(let before), .object(let after)):
            compareProperties(before, after, subject: subject, typeName: name)
        case (.stringEnum(let before), .stringEnum(let after)), (.intEnum(let before), .intEnum(let after)):
            let oldValues = Set(before.map(\.rawValue)), newValues = Set(after.map(\.rawValue))
            for value in oldValues.subtracting(newValues).sorted() {
                record(true, .removed, subject, "enum value `\(value)` removed (now decoded as `.unknown`)")
            }
            for value in newValues.subtracting(oldValues).sorted() {
                record(false, .added, subject, "new enum value `\(value)`")
            }
        case (.union(let before, _), .union(let after, _)):
            let oldCases = Set(before.map(\.swiftName)), newCases = Set(after.map(\.swiftName))
            for name in oldCases.subtracting(newCases).sorted() { record(true, .removed, subject, "case `.\(name)` removed") }
            for name in newCases.subtracting(oldCases).sorted() { record(true, .added, subject, "new case `.\(name)` (exhaustive switches must handle it)") }
        case (.alias(let before), .alias(let after)):
            if before != after { record(true, .changed, subject, "now \(after.swift) (was \(before.swift))") }
        default:
            record(true, .changed, subject, "changed kind of type")
        }
    }

    private mutating func compareProperties(_ old: [PropertyDecl], _ new: [PropertyDecl], subject: String, typeName: String) {
        let sent = newUsage.sent.contains(typeName) || oldUsage.sent.contains(typeName)
        let received = newUsage.received.contains(typeName) || oldUsage.received.contains(typeName)
        let before = Dictionary(old.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (name, property) in before where after[name] == nil {
            record(true, .removed, subject, "property `\(property.swiftName)` (`\(name)`) removed")
        }
        for (name, property) in after {
            guard let was = before[name] else {
                let breaking = !property.isOptional && sent
                record(breaking, .added, subject, "new \(property.isOptional ? "optional" : "required") property `\(property.swiftName): \(property.type.swift)`")
                continue
            }
            if was.type != property.type {
                record(true, .changed, subject, "property `\(property.swiftName)` type \(was.type.swift) -> \(property.type.swift)")
            }
            if was.isOptional && !property.isOptional {
                record(sent, .changed, subject, "property `\(property.swiftName)` became required" + (sent ? " in a request" : ""))
            } else if !was.isOptional && property.isOptional {
                record(received, .changed, subject, "property `\(property.swiftName)` became optional" + (received ? " in a response" : ""))
            }
        }
    }
}

/// Which types travel in requests and which in responses, following references.
private struct TypeUsage {
    var sent: Set<String> = []
    var received: Set<String> = []

    init(_ api: API, types: [String: TypeDecl]) {
        let operations = api.operations
        sent = Reachability.sent(by: operations, in: types)
        received = Reachability.types(
            from: operations.flatMap { $0.responses.filter(\.status.isSuccess).compactMap(\.type) }, in: types)
    }
}
