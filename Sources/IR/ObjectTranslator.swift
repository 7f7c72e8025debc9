import Diagnostics
import Naming
import OpenAPIModel

extension Builder {
    /// Properties of an object, with allOf parts merged in order (later parts win on a name clash).
    mutating func objectProperties(_ schema: Schema, qualifiedName: String, depth: Int) -> [PropertyDecl] {
        var collected: [(name: String, schema: Schema)] = []
        var required: Set<String> = []
        var visited: Set<String> = []
        collect(schema, into: &collected, required: &required, visited: &visited, depth: depth)
        var byName: [String: Int] = [:]
        var unique: [(name: String, schema: Schema)] = []
        for property in collected {
            if let index = byName[property.name] {
                unique[index] = property
            } else {
                byName[property.name] = unique.count
                unique.append(property)
            }
        }
        var namer = UniqueNamer(reserved: Naming.reservedPropertyNames)
        var result: [PropertyDecl] = []
        for (name, propertySchema) in unique {
            let claimed = namer.claim(Naming.propertyName(name))
            if claimed.collided {
                warn(
                    "property '\(name)' collides with another property after conversion to Swift; named \(claimed.name)",
                    propertySchema.origin
                )
            }
            let nestedName = Naming.typeName(name)
            let type = typeRef(
                propertySchema,
                slot: .nested(parent: qualifiedName, wanted: nestedName),
                depth: depth + 1
            )
            result.append(
                PropertyDecl(
                    name: name,
                    swiftName: claimed.name,
                    type: type,
                    required: required.contains(name),
                    nullable: propertySchema.nullable || isNullable(propertySchema),
                    description: propertySchema.description ?? propertySchema.title,
                    deprecated: propertySchema.deprecated,
                    indirect: false
                )
            )
        }
        return result
    }

    /// oneOf/anyOf with a null member, or a ref with `nullable` beside it.
    private func isNullable(_ schema: Schema) -> Bool {
        (schema.oneOf + schema.anyOf).contains { isNullSchema($0) }
    }

    private mutating func collect(
        _ schema: Schema,
        into properties: inout [(name: String, schema: Schema)],
        required: inout Set<String>,
        visited: inout Set<String>,
        depth: Int
    ) {
        guard depth <= 48 else { return }
        if let reference = schema.reference {
            guard let target = resolveSchema(reference) else { return }
            guard visited.insert(reference.raw).inserted else {
                warn(
                    "allOf reaches '\(reference.raw)' again (a cycle); its properties are merged once",
                    reference.origin
                )
                return
            }
            collect(target, into: &properties, required: &required, visited: &visited, depth: depth + 1)
            return
        }
        for part in schema.allOf {
            collect(part, into: &properties, required: &required, visited: &visited, depth: depth + 1)
        }
        properties.append(contentsOf: schema.properties)
        required.formUnion(schema.required)
    }

    /// The schema a local `$ref` points at, or nil (with a warning) when there is none.
    mutating func resolveSchema(_ reference: Reference) -> Schema? {
        guard let target = reference.target else { return nil }
        let tokens = target.tokens
        if tokens.count == 3, tokens[0] == "components", tokens[1] == "schemas",
            let schema = componentSchemas[tokens[2]]
        {
            return schema
        }
        switch document.references.schemas[target] {
        case .schema(let schema)?:
            return schema
        case .notASchema?:
            warn(
                "$ref '\(reference.raw)' points to something that is not a schema; read as free-form JSON",
                reference.origin
            )
            return nil
        case nil:
            warn("$ref '\(reference.raw)' points to nothing; read as free-form JSON", reference.origin)
            return nil
        }
    }

    /// The type a `$ref` stands for: a component's Swift name, or the target translated in place.
    mutating func referencedType(_ reference: Reference, slot: TypeSlot, depth: Int) -> TypeRef {
        guard let target = reference.target else { return .json }
        let tokens = target.tokens
        if tokens.count == 3, tokens[0] == "components", tokens[1] == "schemas" {
            if let name = componentNames[tokens[2]] { return .named(name) }
            warn("$ref '\(reference.raw)' points to no schema in components; read as free-form JSON", reference.origin)
            return .json
        }
        inlineExpansions += 1
        if inlineExpansions > options.maxInlineReferenceExpansions {
            if inlineExpansions == options.maxInlineReferenceExpansions + 1 {
                diagnostics.error(
                    "non-component $refs expand to more than \(options.maxInlineReferenceExpansions) schemas (refs that reference refs multiply); move the shared schemas to components/schemas",
                    at: reference.origin.location,
                    pointer: reference.origin.pointer
                )
            }
            return .json
        }
        guard resolving.insert(target).inserted else {
            warn(
                "$ref '\(reference.raw)' refers to itself through non-component schemas; read as free-form JSON",
                reference.origin
            )
            return .json
        }
        defer { resolving.remove(target) }
        guard let schema = resolveSchema(reference) else { return .json }
        return typeRef(schema, slot: slot, depth: depth + 1)
    }
}
