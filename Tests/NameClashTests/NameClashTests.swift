import BudgeaAPI
import FrameworkNames
import Testing

/// An app file that imports the Budgea client beside frameworks declaring `Transaction`, `Group`, `Alert`...
/// This file only compiles because Budgea's models live in `Budgea` (spec/openapi-generator.yaml): with
/// top-level models every unqualified name below would be ambiguous.
@Suite struct NameClashTests {
    @Test func frameworkNamesStayUnqualifiedAndBudgeaModelsAreReachedThroughTheirNamespace() {
        let frameworkTypes: [Any] = [Transaction(), Group(), Alert(), Category(), Document(), Security()]
        let budgeaTransactions: [Budgea.Transaction] = []
        let budgeaGroup = Budgea.Group(id: 3)
        #expect(frameworkTypes.count == 6)
        #expect(budgeaTransactions.isEmpty && budgeaGroup.id == 3)
        #expect(String(reflecting: Transaction.self) == "FrameworkNames.Transaction")
        #expect(String(reflecting: Budgea.Transaction.self) == "BudgeaAPI.Budgea.Transaction")
    }
}
