import Diagnostics
import Naming
import OpenAPIModel

/// Where a new type would be declared: at top level under a claimed name, or nested in a parent.
enum TypeSlot {
    /// A name already claimed for this schema.
    case topLevel(String)
    /// A top-level name still to be claimed (element types of top-level arrays, say).
    case fresh(String)
    case nested(parent: String, wanted: String)
}

private let maxSchemaDepth = 48

extension Builder {
    /// A component schema always gets a declaration, an alias when it is not an object, enum or union.
    mutating func declareComponent(_ schema: Schema, name: String, componentName: String) {
        if referenceCycles.contains(componentName) {
            warn(
                "schema '\(componentName)' is a chain of $refs that leads back to itself with no schema; read as free-form JSON",
                schema.origin
            )
            table.add(
                makeDecl(name: name, qualified: name, kind: .alias(.json), schema: schema, component: componentName),
                parent: nil
            )
            return
        }
        if let kind = declarationKind(schema, qualifiedName: name, depth: 0) {
            table.add(
                makeDecl(name: name, qualified: name, kind: kind, schema: schema, component: componentName),
                parent: nil
            )
        } else {
            let target = typeRef(schema, slot: .fresh(name), depth: 0)
            table.add(
                makeDecl(name: name, qualified: name, kind: .alias(target), schema: schema, component: componentName),
                parent: nil
            )
        }
    }

    /// Components whose chain of bare `$ref`s ends in a cycle: `A: {$ref: B}`, `B: {$ref: A}` would become
    /// `typealias A = B; typealias B = A`. Each component is walked once, so a chain of n refs costs O(n).
    static func referenceCycles(_ schemas: [String: Schema]) -> Set<String> {
        var verdicts: [String: Bool] = [:]
        for start in schemas.keys where verdicts[start] == nil {
            var path: [String] = []
            var onPath: Set<String> = []
            var current = start
            var cyclic = false
            while true {
                if let known = verdicts[current] {
                    cyclic = known
                    break
                }
                if !onPath.insert(current).inserted {
                    cyclic = true
                    break
                }
                path.append(current)
                guard let target = schemas[current]?.reference?.target?.tokens,
                    target.count == 3, target[0] == "components", target[1] == "schemas"
                else { break }
                current = target[2]
            }
            for name in path { verdicts[name] = cyclic }
        }
        return Set(verdicts.filter(\.value).keys)
    }

    func makeDecl(name: String, qualified: String, kind: TypeKind, schema: Schema, component: String?) -> TypeDecl {
        TypeDecl(
            name: name,
            qualifiedName: qualified,
            kind: kind,
            description: schema.description ?? schema.title,
            deprecated: schema.deprecated,
            pointer: schema.origin.pointer,
            nested: [],
            componentName: component
        )
    }

    /// The Swift type for a schema, declaring a new type in `slot` when the schema needs one.
    mutating func typeRef(_ schema: Schema, slot: TypeSlot, depth: Int) -> TypeRef {
        if depth > maxSchemaDepth {
            warn("schema nested more than \(maxSchemaDepth) levels deep; read as free-form JSON", schema.origin)
            return .json
        }
        if let reference = schema.reference {
            return referencedType(reference, slot: slot, depth: depth)
        }
        let qualified = qualifiedName(for: slot, peek: true)
        if declarationKind(schema, qualifiedName: qualified, depth: depth, dryRun: true) != nil {
            let name = qualifiedName(for: slot, peek: false)
            if let kind = declarationKind(schema, qualifiedName: name, depth: depth) {
                let local = name.split(separator: ".").last.map(String.init) ?? name
                table.add(
                    makeDecl(name: local, qualified: name, kind: kind, schema: schema, component: nil),
                    parent: parentName(of: slot)
                )
            }
            return .named(name)
        }
        return plainType(schema, slot: slot, depth: depth)
    }

    private func parentName(of slot: TypeSlot) -> String? {
        if case .nested(let parent, _) = slot { return parent }
        return nil
    }

    private mutating func qualifiedName(for slot: TypeSlot, peek: Bool) -> String {
        switch slot {
        case .topLevel(let name): return name
        case .fresh(let wanted): return peek ? wanted : table.claimTopLevel(wanted).name
        case .nested(let parent, let wanted):
            if peek { return "\(parent).\(wanted)" }
            return "\(parent).\(table.claimNested(wanted, in: parent))"
        }
    }

    /// Primitives, arrays and maps: no declaration of their own.
    private mutating func plainType(_ schema: Schema, slot: TypeSlot, depth: Int) -> TypeRef {
        if schema.types.count > 1 { return .json }
        switch schema.type {
        case "string":
            switch schema.format {
            case "date-time": return .dateTime
            case "date": return .date
            case "uuid": return .uuid
            case "binary": return .binary
            default: return .string
            }
        case "integer":
            switch schema.format {
            case "int32": return .int32
            case "int64": return .int64
            default: return .int
            }
        case "number": return options.numbers.type
        case "boolean": return .bool
        case "array":
            guard let items = schema.items else { return .array(.json) }
            return .array(typeRef(items, slot: elementSlot(slot), depth: depth + 1))
        default:
            if schema.allOf.count == 1 && schema.properties.isEmpty {
                return typeRef(schema.allOf[0], slot: slot, depth: depth + 1)
            }
            let members = (schema.oneOf + schema.anyOf).filter { !isNullSchema($0) }
            if members.count == 1 && schema.properties.isEmpty {
                return typeRef(members[0], slot: slot, depth: depth + 1)
            }
            if case .schema(let valueSchema)? = schema.additionalProperties {
                return .dictionary(typeRef(valueSchema, slot: elementSlot(slot, suffix: "Value"), depth: depth + 1))
            }
            if schema.type == "object" || !schema.properties.isEmpty || schema.additionalProperties != nil {
                return .dictionary(.json)
            }
            return .json
        }
    }

    private func elementSlot(_ slot: TypeSlot, suffix: String = "Item") -> TypeSlot {
        switch slot {
        case .topLevel(let name), .fresh(let name): return .fresh(name + suffix)
        case .nested(let parent, let wanted): return .nested(parent: parent, wanted: wanted + suffix)
        }
    }

    func isNullSchema(_ schema: Schema) -> Bool {
        schema.reference == nil && schema.types.isEmpty && schema.nullable && schema.properties.isEmpty
    }

    /// What declaration a schema needs, or nil when a plain type will do.
    /// With `dryRun` nothing is declared; it only answers whether a declaration is needed.
    mutating func declarationKind(_ schema: Schema, qualifiedName: String, depth: Int, dryRun: Bool = false)
        -> TypeKind?
    {
        if schema.reference != nil { return nil }
        if let values = schema.enumValues, !values.isEmpty, schema.type != "boolean" {
            return dryRun ? .alias(.json) : enumKind(schema, values)
        }
        let members = (schema.oneOf + schema.anyOf).filter { !isNullSchema($0) }
        if members.count > 1 {
            return dryRun ? .alias(.json) : unionKind(schema, members, qualifiedName: qualifiedName, depth: depth)
        }
        let mergesParts = schema.allOf.count > 1 || (schema.allOf.count == 1 && !schema.properties.isEmpty)
        if !schema.properties.isEmpty || mergesParts {
            return dryRun
                ? .alias(.json) : .object(objectProperties(schema, qualifiedName: qualifiedName, depth: depth))
        }
        return nil
    }

    private mutating func enumKind(_ schema: Schema, _ values: [JSONValue]) -> TypeKind {
        let isInteger =
            schema.type == "integer" || (schema.type == nil && values.allSatisfy(\.isInteger))
        var namer = UniqueNamer(reserved: ["unknown"])
        var cases: [EnumCase] = []
        var seen: Set<String> = []
        for value in values where !value.isNull {
            let raw = value.string ?? ""
            guard seen.insert(raw).inserted else { continue }
            if isInteger && value.int == nil {
                warn("enum value '\(raw)' is not an integer; skipped", schema.origin)
                continue
            }
            let claimed = namer.claim(Naming.enumCaseName(raw))
            if claimed.collided {
                warn(
                    "enum values collide after conversion to Swift names; '\(raw)' becomes case \(claimed.name)",
                    schema.origin
                )
            }
            cases.append(EnumCase(swiftName: claimed.name, rawValue: raw))
        }
        return isInteger ? .intEnum(cases) : .stringEnum(cases)
    }

    private mutating func unionKind(_ schema: Schema, _ members: [Schema], qualifiedName: String, depth: Int)
        -> TypeKind
    {
        var namer = UniqueNamer()
        var cases: [UnionCase] = []
        var mapping: [String: [String]] = [:]
        for (value, reference) in schema.discriminator?.mapping ?? [] {
            mapping[reference, default: []].append(value)
        }
        for (index, member) in members.enumerated() {
            let wanted = member.title.map(Naming.typeName) ?? "Variant\(index + 1)"
            let type = typeRef(member, slot: .nested(parent: qualifiedName, wanted: wanted), depth: depth + 1)
            let caseName = namer.claim(Naming.propertyName(caseBaseName(type))).name
            var discriminatorValues: [String] = []
            if schema.discriminator != nil, let reference = member.reference {
                discriminatorValues = mapping[reference.raw] ?? [reference.target?.last ?? reference.raw]
            }
            cases.append(UnionCase(swiftName: caseName, type: type, discriminatorValues: discriminatorValues))
        }
        return .union(cases: cases, discriminator: schema.discriminator?.propertyName)
    }

    private func caseBaseName(_ type: TypeRef) -> String {
        switch type {
        case .named(let name): return name.split(separator: ".").last.map(String.init) ?? name
        case .array(let element): return caseBaseName(element) + "List"
        case .dictionary(let value): return caseBaseName(value) + "Map"
        default: return type.swift
        }
    }
}
