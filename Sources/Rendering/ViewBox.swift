import Mustache

/// A view flattened once into a dictionary. swift-mustache would otherwise reflect on the view
/// for every tag it renders, which made reflection most of the render time.
struct ViewBox: MustacheParent {
    let fields: [String: Any]

    func child(named: String) -> Any? { fields[named] }

    /// Structs become boxes, arrays are flattened element by element, and nil becomes `false`
    /// so a section over it renders nothing and the lookup does not climb to an outer context.
    static func flatten(_ value: Any) -> Any {
        switch value {
        case is String, is Bool, is Int, is ViewBox: return value
        case let array as [Any]: return array.map(flatten)
        case let dictionary as [String: Any]: return ViewBox(fields: dictionary.mapValues(flatten))
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return false }
            return flatten(wrapped)
        case .struct:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label { fields[label] = flatten(child.value) }
            }
            return ViewBox(fields: fields)
        default:
            return value
        }
    }
}
