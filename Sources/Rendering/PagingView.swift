import IR
import Naming

/// The `…Paged` twin of a list operation: an `AsyncSequence` of its items that asks for page after page.
///
/// The rule (README, "Paging"): an operation without a request body, with integer query parameters named
/// `limit` and `offset`, whose one JSON success is either an array or an object with a numeric `total` and
/// exactly one array property. Anything else gets no twin, so nothing is guessed.
struct PagingView: Encodable {
    /// `getLogsPaged`.
    let name: String
    /// `getLogs`, the operation each page comes from.
    let operationName: String
    let itemType: String
    /// `idUser: String, pageSize: Int = 100, minDate: DateOnly? = nil`.
    let signature: String
    /// `limit: limit, offset: offset, minDate: minDate`: the list operation's arguments, in its order.
    let callArguments: String
    /// `page.connectionlogs`, `page.items ?? []` or `page`.
    let itemsExpression: String
    /// `page.total`, or empty when the page is a bare array.
    let totalExpression: String
    let parameterDocs: [ParameterDoc]
}

extension PagingView {
    static let pageSizeDefault = 100

    /// Nil unless the operation follows the rule; `taken` holds the tag's operation names, so a twin
    /// never collides with an operation of its own.
    init?(
        _ operation: OperationDecl,
        access: String,
        spelling: TypeSpelling,
        types: [String: TypeDecl],
        taken: Set<SwiftIdentifier>
    ) {
        guard operation.body == nil, operation.successEnum == nil,
            let response = operation.success, Payload(response, spelling: spelling).isJSON, let success = response.type,
            let limit = Self.integerQuery("limit", in: operation),
            let offset = Self.integerQuery("offset", in: operation),
            let (itemType, items, total) = Self.list(success, spelling: spelling, types: types)
        else { return nil }
        let name = operation.name.appending("Paged")
        let others = operation.parameters.filter {
            $0.name != limit.name && $0.name != offset.name || $0.kind != .query
        }
        let reserved: Set<String> = ["limit", "offset", "pageSize", "page"]
        guard !taken.contains(name), !others.contains(where: { reserved.contains($0.swiftName.name) })
        else { return nil }
        self.name = name.declared
        operationName = operation.name.declared
        self.itemType = itemType
        itemsExpression = items
        totalExpression = total
        let required = others.filter(\.required)
        let optional = others.filter { !$0.required }
        // Required arguments first, as in the operation; then the page size, then the optional filters.
        let arguments =
            required.map { "\($0.swiftName.declared): \(spelling($0.type))" }
            + ["pageSize: Int = \(Self.pageSizeDefault)"]
            + optional.map { "\($0.swiftName.declared): \(spelling($0.type))? = nil" }
        // `    <access> func <name>(...) -> PagedSequence<Item> {`
        let declarationLine =
            4 + access.count + " func ".count + self.name.count + "() -> PagedSequence<> {".count + itemType.count
        signature = ArgumentLayout.list(arguments, lineWithoutList: declarationLine, indent: 4)
        callArguments = operation.parameters.map { parameter in
            if parameter.kind == .query && parameter.name == limit.name {
                return "\(parameter.swiftName.declared): \(Self.convert("limit", to: parameter.type))"
            }
            if parameter.kind == .query && parameter.name == offset.name {
                return "\(parameter.swiftName.declared): \(Self.convert("offset", to: parameter.type))"
            }
            return "\(parameter.swiftName.declared): \(parameter.swiftName.declared)"
        }.joined(separator: ", ")
        func document(_ parameters: [ParameterDecl]) -> [ParameterDoc] {
            parameters.compactMap { parameter in
                OperationView.describe(parameter).map { ParameterDoc(name: parameter.swiftName.name, text: $0) }
            }
        }
        let pageSize = "Items asked for per request (the `limit`); `offset` advances by what each page holds."
        parameterDocs = document(required) + [ParameterDoc(name: "pageSize", text: pageSize)] + document(optional)
    }

    private static func integerQuery(_ name: String, in operation: OperationDecl) -> ParameterDecl? {
        operation.parameters.first { $0.kind == .query && $0.name == name && $0.type.isInteger }
    }

    /// `Int` counters reach the operation's own integer type without trapping.
    private static func convert(_ value: String, to type: TypeRef) -> String {
        type == .int ? value : "\(type.swift(namespace: nil))(clamping: \(value))"
    }

    /// The item type and how a page yields its items and total, for an array or a list object.
    private static func list(_ type: TypeRef, spelling: TypeSpelling, types: [String: TypeDecl]) -> (
        String, String, String
    )? {
        if let element = type.arrayElement { return (spelling(element), "page", "") }
        guard let name = type.namedType, let decl = types[name] else { return nil }
        switch decl.kind {
        case .alias(let target):
            guard let element = target.arrayElement else { return nil }
            return (spelling(element), "page", "")
        case .object(let properties):
            let arrays = properties.filter { $0.type.arrayElement != nil }
            guard arrays.count == 1, let list = arrays.first, let element = list.type.arrayElement,
                let total = properties.first(where: { $0.name == "total" }), total.type.isNumber
            else { return nil }
            let items = "page.\(list.swiftName.declared)" + (list.isOptional ? " ?? []" : "")
            return (spelling(element), items, "page.\(total.swiftName.declared)")
        default:
            return nil
        }
    }
}

extension TypeRef {
    var isInteger: Bool { self == .int || self == .int32 || self == .int64 }
    var isNumber: Bool { isInteger || self == .double || self == .decimal }
}
