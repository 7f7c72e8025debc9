import IR
import Rendering

/// One change between two versions of an API, classified for a client's source compatibility.
public struct APIChange: Hashable, Sendable, Comparable {
    /// `documentation`: a description or summary, nothing a compiler sees.
    public enum Kind: String, Sendable { case added, removed, changed, documentation }

    /// Whether code written against the old client can stop compiling or behaving the same.
    public var breaking: Bool
    /// What happened to the subject.
    public var kind: Kind
    /// The Swift name users see (`users.getUsersId`, `User.Address`), without backticks: changes sort by it.
    public var subject: String
    /// The change in words, with Swift spellings in backticks.
    public var detail: String

    /// By subject, then kind, then detail: the order the changelog prints.
    public static func < (lhs: APIChange, rhs: APIChange) -> Bool {
        (lhs.subject, lhs.kind.rawValue, lhs.detail) < (rhs.subject, rhs.kind.rawValue, rhs.detail)
    }
}

/// Compares two IRs: operations by method and path, parameters, bodies, response fields, enums and schemas.
public enum APIDiff {
    /// `decoding` decides which properties a model stores as optional, so a change is classified by the
    /// Swift type users' code sees (see `StoredType`).
    public static func changes(from old: API, to new: API, decoding: DecodingPolicy = .tolerant) -> [APIChange] {
        var differ = Differ(old: old, new: new, decoding: decoding)
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
    /// Types a client sends: a field becoming required breaks its callers.
    let oldUsage: TypeUsage
    let newUsage: TypeUsage
    let decoding: DecodingPolicy
    var changes: [APIChange] = []

    init(old: API, new: API, decoding: DecodingPolicy) {
        self.old = old
        self.new = new
        self.decoding = decoding
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
        let oldOps = Dictionary(
            old.operations.map { ("\($0.method.rawValue) \($0.path)", $0) },
            uniquingKeysWith: { first, _ in first }
        )
        let newOps = Dictionary(
            new.operations.map { ("\($0.method.rawValue) \($0.path)", $0) },
            uniquingKeysWith: { first, _ in first }
        )
        let renamed = PathRenames.match(
            removed: oldOps.filter { newOps[$0.key] == nil },
            added: newOps.filter { oldOps[$0.key] == nil }
        )
        for (key, operation) in oldOps where newOps[key] == nil && renamed[key] == nil {
            record(true, .removed, operation.qualifiedName, "operation `\(key)` removed")
        }
        let renamedTo = Set(renamed.values)
        for (key, operation) in newOps where oldOps[key] == nil && !renamedTo.contains(key) {
            record(false, .added, operation.qualifiedName, "new operation `\(key)`")
        }
        for (oldKey, newKey) in renamed {
            guard let before = oldOps[oldKey], let after = newOps[newKey] else { continue }
            record(false, .changed, after.qualifiedName, "path `\(oldKey)` -> `\(newKey)`")
            compare(before, after)
        }
        for (key, newOperation) in newOps {
            guard let oldOperation = oldOps[key] else { continue }
            compare(oldOperation, newOperation)
        }
    }

    private mutating func compare(_ old: OperationDecl, _ new: OperationDecl) {
        let subject = new.qualifiedName
        if old.qualifiedName != new.qualifiedName {
            record(true, .changed, subject, "renamed from `\(old.qualifiedName)`")
        }
        if !old.deprecated && new.deprecated { record(false, .changed, subject, "now deprecated") }
        if old.summary != new.summary || old.description != new.description {
            record(false, .documentation, subject, "summary or description")
        }
        compareParameters(old.parameters, new.parameters, subject: subject)
        switch (old.body, new.body) {
        case (nil, let body?):
            record(
                body.required,
                .added,
                subject,
                "new \(body.required ? "required" : "optional") request body `\(body.type.swift)` (\(body.contentType))"
            )
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

    /// Parameters match by location and wire name, then by location and Swift name: a wire rename the
    /// Swift name hides changes requests, not callers, and is said with both names.
    private mutating func compareParameters(_ old: [ParameterDecl], _ new: [ParameterDecl], subject: String) {
        func index(_ parameters: [ParameterDecl], _ key: (ParameterDecl) -> String) -> [String: ParameterDecl] {
            Dictionary(parameters.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        }
        let wire = { (parameter: ParameterDecl) in "\(parameter.kind.rawValue) \(parameter.name)" }
        let swift = { (parameter: ParameterDecl) in "\(parameter.kind.rawValue) \(parameter.swiftName)" }
        let oldByWire = index(old, wire)
        let newByWire = index(new, wire)
        var oldUnmatched = index(old.filter { newByWire[wire($0)] == nil }, swift)
        let newUnmatched = index(new.filter { oldByWire[wire($0)] == nil }, swift)
        // A path has its parameters by position: the one left on each side is the same one, renamed.
        let oldPath = oldUnmatched.values.filter { $0.kind == .path && newUnmatched[swift($0)] == nil }
        let newPath = newUnmatched.values.filter { $0.kind == .path && oldUnmatched[swift($0)] == nil }
        if oldPath.count == 1, newPath.count == 1 {
            oldUnmatched[swift(oldPath[0])] = nil
            oldUnmatched[swift(newPath[0])] = oldPath[0]
        }
        for (key, parameter) in oldUnmatched where newUnmatched[key] == nil {
            record(true, .removed, subject, "\(parameter.kind.rawValue) parameter `\(parameter.swiftName)` removed")
        }
        for parameter in new {
            guard let before = oldByWire[wire(parameter)] ?? oldUnmatched[swift(parameter)] else {
                record(
                    parameter.required,
                    .added,
                    subject,
                    "new \(parameter.required ? "required" : "optional") \(parameter.kind.rawValue) parameter `\(parameter.swiftName): \(parameter.type.swift)`"
                )
                continue
            }
            compare(before, parameter, subject: subject)
        }
    }

    private mutating func compare(_ before: ParameterDecl, _ parameter: ParameterDecl, subject: String) {
        let label = "\(parameter.kind.rawValue) parameter `\(parameter.swiftName)`"
        if before.swiftName != parameter.swiftName {
            record(
                true,
                .changed,
                subject,
                "\(label) renamed from `\(before.swiftName)` (sent as `\(parameter.name)`, was `\(before.name)`)"
            )
        } else if before.name != parameter.name {
            record(false, .changed, subject, "\(label) now sent as `\(parameter.name)` (was `\(before.name)`)")
        }
        if before.type != parameter.type {
            record(true, .changed, subject, "\(label) type \(before.type.swift) -> \(parameter.type.swift)")
        }
        if !before.required && parameter.required {
            record(true, .changed, subject, "\(label) became required")
        } else if before.required && !parameter.required {
            record(false, .changed, subject, "\(label) became optional")
        }
        if before.description != parameter.description {
            record(false, .documentation, subject, "\(label) description")
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
            record(true, .removed, name, "schema `\(decl.componentName ?? name)` removed")
        }
        for (name, decl) in newTypes where oldTypes[name] == nil && decl.componentName != nil {
            record(false, .added, name, "new schema `\(decl.componentName ?? name)`")
        }
        for (name, after) in newTypes {
            guard let before = oldTypes[name] else { continue }
            compare(before, after, name: name)
        }
    }

    private mutating func compare(_ old: TypeDecl, _ new: TypeDecl, name: String) {
        if old.description != new.description { record(false, .documentation, name, "description") }
        switch (old.kind, new.kind) {
        case (.object(let before), .object(let after)):
            let tolerant = (
                StoredType.isTolerant(old, decoding: decoding), StoredType.isTolerant(new, decoding: decoding)
            )
            compareProperties(before, after, subject: name, tolerant: tolerant)
        case (.stringEnum(let before), .stringEnum(let after)), (.intEnum(let before), .intEnum(let after)):
            let oldValues = Set(before.map(\.rawValue))
            let newValues = Set(after.map(\.rawValue))
            for value in oldValues.subtracting(newValues).sorted() {
                record(true, .removed, name, "enum value `\(value)` removed (now decoded as `.unknown`)")
            }
            for value in newValues.subtracting(oldValues).sorted() {
                record(false, .added, name, "new enum value `\(value)`")
            }
        case (.union(let before, _), .union(let after, _)):
            let oldCases = Set(before.map(\.swiftName))
            let newCases = Set(after.map(\.swiftName))
            for caseName in oldCases.subtracting(newCases).sorted() {
                record(true, .removed, name, "case `.\(caseName)` removed")
            }
            for caseName in newCases.subtracting(oldCases).sorted() {
                record(true, .added, name, "new case `.\(caseName)` (exhaustive switches must handle it)")
            }
        case (.alias(let before), .alias(let after)):
            if before != after { record(true, .changed, name, "now \(after.swift) (was \(before.swift))") }
        default:
            record(true, .changed, name, "changed kind of type")
        }
    }

    /// Optionality is judged on the Swift type the model stores: a tolerant model already stores most
    /// required fields as `T?`, so only a change users' code sees (`Int` -> `Int?`) breaks it.
    private mutating func compareProperties(
        _ old: [PropertyDecl],
        _ new: [PropertyDecl],
        subject: String,
        tolerant: (old: Bool, new: Bool)
    ) {
        let sent = newUsage.sent.contains(subject) || oldUsage.sent.contains(subject)
        let before = Dictionary(old.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (name, property) in before where after[name] == nil {
            record(true, .removed, subject, "property `\(property.swiftName)` (`\(name)`) removed")
        }
        for (name, property) in after {
            guard let was = before[name] else {
                let breaking = !property.isOptional && sent
                record(
                    breaking,
                    .added,
                    subject,
                    "new \(property.isOptional ? "optional" : "required") property `\(property.swiftName): \(property.type.swift)`"
                )
                continue
            }
            if was.description != property.description {
                record(false, .documentation, subject, "property `\(property.swiftName)` description")
            }
            if was.type != property.type {
                record(
                    true,
                    .changed,
                    subject,
                    "property `\(property.swiftName)` type \(was.type.swift) -> \(property.type.swift)"
                )
                continue
            }
            let wasSwift = StoredType.swift(was, tolerant: tolerant.old)
            let isSwift = StoredType.swift(property, tolerant: tolerant.new)
            let swiftChange =
                wasSwift == isSwift ? " (`\(isSwift)` in Swift either way)" : ": `\(wasSwift)` -> `\(isSwift)`"
            if was.isOptional && !property.isOptional {
                record(
                    sent,
                    .changed,
                    subject,
                    "property `\(property.swiftName)` became required" + (sent ? " in a request" : "") + swiftChange
                )
            } else if !was.isOptional && property.isOptional {
                record(
                    wasSwift != isSwift,
                    .changed,
                    subject,
                    "property `\(property.swiftName)` became optional" + swiftChange
                )
            } else if wasSwift != isSwift {
                // The type started or stopped being decoded tolerantly.
                record(isSwift.hasSuffix("?"), .changed, subject, "property `\(property.swiftName)`\(swiftChange)")
            }
        }
    }
}

/// Which types travel in requests: a field becoming required breaks their callers.
private struct TypeUsage {
    var sent: Set<String> = []

    init(_ api: API, types: [String: TypeDecl]) {
        sent = Reachability.sent(by: api.operations, in: types)
    }
}
