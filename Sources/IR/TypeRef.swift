/// A Swift type as the templates spell it, built from schemas.
public indirect enum TypeRef: Hashable, Sendable {
    case string, int, int32, int64, double, decimal, bool
    case date, dateTime, uuid, binary, json
    case named(String)
    case array(TypeRef)
    case dictionary(TypeRef)

    /// The Swift spelling used in generated code, with model types at the module's top level.
    public var swift: String { swift(namespace: nil) }

    /// The Swift spelling when model types are declared inside `namespace` (`Budgea.Transaction`); the
    /// support runtime's types (`DateOnly`, `JSONValue`) stay at the top level.
    package func swift(namespace: String?) -> String {
        switch self {
        case .string: return "String"
        case .int: return "Int"
        case .int32: return "Int32"
        case .int64: return "Int64"
        case .double: return "Double"
        case .decimal: return "Decimal"
        case .bool: return "Bool"
        case .date: return "DateOnly"
        case .dateTime: return "Date"
        case .uuid: return "UUID"
        case .binary: return "Data"
        case .json: return "JSONValue"
        case .named(let name): return namespace.map { "\($0).\(name)" } ?? name
        case .array(let element): return "[\(element.swift(namespace: namespace))]"
        case .dictionary(let value): return "[String: \(value.swift(namespace: namespace))]"
        }
    }

    /// How the spec would describe it, for docs and changelogs.
    public var display: String {
        switch self {
        case .string: return "string"
        case .int: return "integer"
        case .int32: return "integer (int32)"
        case .int64: return "integer (int64)"
        case .double: return "number"
        case .decimal: return "number (exact decimal)"
        case .bool: return "boolean"
        case .date: return "string (date)"
        case .dateTime: return "string (date-time)"
        case .uuid: return "string (uuid)"
        case .binary: return "binary"
        case .json: return "any JSON"
        case .named(let name): return name
        case .array(let element): return "array of \(element.display)"
        case .dictionary(let value): return "map of \(value.display)"
        }
    }

    /// Scalars that can travel in a path, query, header or form field.
    public var isScalar: Bool {
        switch self {
        case .string, .int, .int32, .int64, .double, .decimal, .bool, .date, .dateTime, .uuid: return true
        default: return false
        }
    }

    public var arrayElement: TypeRef? {
        if case .array(let element) = self { return element }
        return nil
    }

    public var namedType: String? {
        if case .named(let name) = self { return name }
        return nil
    }
}
