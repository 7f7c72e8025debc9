import Diagnostics
import Naming
import OpenAPIModel

/// An operation with its final names, decided before any type is declared.
struct OperationPlan {
    var operation: Operation
    var pathItem: PathItem
    var tag: String
    var tagProperty: SwiftIdentifier
    var name: SwiftIdentifier
    /// Upper-camel stem for its inline types (`GetBanks` -> `GetBanksResponse`).
    var typeStem: String
    var requestType = ""
    var responseType = ""
}

extension Builder {
    /// Names every operation and reserves its Request/Response type names, in a fixed order.
    mutating func planOperations() -> [OperationPlan] {
        var plans: [OperationPlan] = []
        var namers: [SwiftIdentifier: UniqueNamer] = [:]
        var seenOperationIds: [String: Origin] = [:]
        for item in document.paths {
            for operation in item.operations {
                let tag = operation.tags.first ?? "default"
                let tagProperty = Naming.tagProperty(tag)
                var wanted = Naming.operationName(method: operation.method.rawValue, path: operation.path)
                if let operationId = operation.operationId, !operationId.isEmpty {
                    if let first = seenOperationIds[operationId] {
                        warn(
                            "operationId '\(operationId)' is also used at \(first.location.description); names are made unique",
                            operation.origin
                        )
                    } else {
                        seenOperationIds[operationId] = operation.origin
                    }
                    wanted = Naming.operationName(operationId: operationId)
                }
                plans.append(
                    OperationPlan(
                        operation: operation,
                        pathItem: item,
                        tag: tag,
                        tagProperty: tagProperty,
                        name: wanted,
                        typeStem: ""
                    )
                )
            }
        }
        // Claim in a stable order so a new operation never renames an existing one.
        let order = plans.indices.sorted { lhs, rhs in
            let l = plans[lhs]
            let r = plans[rhs]
            return (l.tagProperty, l.name, l.operation.path, l.operation.method.rawValue) < (
                r.tagProperty, r.name, r.operation.path, r.operation.method.rawValue
            )
        }
        for index in order {
            let tagProperty = plans[index].tagProperty
            // In place: a copy out and back would copy the namer's whole set at every claim (quadratic).
            let claimed = namers[tagProperty, default: UniqueNamer(reserved: ["client"])].claim(plans[index].name)
            if claimed.collided {
                warn(
                    "operation name '\(plans[index].name.name)' is already used in tag '\(plans[index].tag)'; this one is named \(claimed.name.name)",
                    plans[index].operation.origin
                )
            }
            plans[index].name = claimed.name
        }
        for index in order {
            let stem = Naming.typeName(plans[index].name.name)
            plans[index].typeStem = stem
            for suffix in ["Request", "Response"] {
                let claimed = table.claimTopLevel(stem + suffix)
                if claimed.collided {
                    warn(
                        "type name '\(stem + suffix)' is taken; the inline type of \(plans[index].tagProperty.name).\(plans[index].name.name) is named \(claimed.name)",
                        plans[index].operation.origin
                    )
                }
                if suffix == "Request" {
                    plans[index].requestType = claimed.name
                } else {
                    plans[index].responseType = claimed.name
                }
            }
        }
        return order.map { plans[$0] }
    }
}
