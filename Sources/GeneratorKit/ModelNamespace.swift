import IR
import Naming

/// Checks a model namespace name (`--model-namespace`, config key `modelNamespace`) before it reaches code.
public enum ModelNamespace {
    /// Why `name` cannot name a Swift enum at the module's top level, or nil.
    public static func problem(_ name: String) -> String? {
        let bytes = Array(name.utf8)
        guard let first = bytes.first else { return "must not be empty" }
        let isHead = { (byte: UInt8) in
            byte == UInt8(ascii: "_") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
        }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard isHead(first), bytes.allSatisfy({ isHead($0) || isDigit($0) }) else {
            return "must be an ASCII Swift identifier (letters, digits, _), not '\(name)'"
        }
        if Naming.swiftKeywords.contains(name) { return "must not be a Swift keyword ('\(name)')" }
        if Naming.reservedTypeNames.contains(name) { return "'\(name)' is a type the generated code already uses" }
        return nil
    }

    /// What else at the module's top level, or inside the namespace, is called `name`: inside the namespace,
    /// a model of that name would hide the namespace itself.
    static func clash(_ name: String, in api: API) -> String? {
        if api.types.contains(where: { $0.name == name }) { return "a model's name" }
        if api.tags.contains(where: { $0.typeName == name }) { return "a tag's operations type" }
        let successEnums = api.tags.flatMap(\.operations).compactMap(\.successEnum?.name)
        if successEnums.contains(name) { return "an operation's response enum" }
        return nil
    }
}
