import BudgeaAPI
import FrameworkNames
import Testing

/// An app file that imports the Budgea client beside frameworks declaring `Transaction`, `Group`, `Alert`...
/// This file only compiles because Budgea's models live in `Budgea` (spec/openapi-generator.yaml): with
/// top-level models every unqualified name below would be ambiguous.
@Suite struct NameClashTests {
    /// The unqualified names resolve to the frameworks' types and Budgea's stay reachable: the real check is
    /// that this file compiles at all, the expectations only say which type each spelling reached.
    @Test func frameworkNamesStayUnqualifiedAndBudgeaModelsAreReachedThroughTheirNamespace() {
        let frameworkTypes: [Any.Type] = [
            Transaction.self, Group.self, Alert.self, Category.self, Document.self, Security.self,
        ]
        #expect(frameworkTypes.allSatisfy { String(reflecting: $0).hasPrefix("FrameworkNames.") })
        let budgeaTypes: [Any.Type] = [
            Budgea.Transaction.self, Budgea.Group.self, Budgea.Alert.self, Budgea.Category.self, Budgea.Document.self,
            Budgea.Security.self, Budgea.Subscription.self,
        ]
        #expect(budgeaTypes.allSatisfy { String(reflecting: $0).hasPrefix("BudgeaAPI.Budgea.") })
    }
}
