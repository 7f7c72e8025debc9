import BudgeaAPI
import Synchronization

/// Collects what a client's `DecodingMismatchHandler` hears, for tests to compare.
final class MismatchLog: Sendable {
    private let items = Mutex<[DecodingMismatch]>([])

    var handler: DecodingMismatchHandler {
        DecodingMismatchHandler { mismatch in self.items.withLock { $0.append(mismatch) } }
    }

    var mismatches: [DecodingMismatch] { items.withLock { $0 } }
    var descriptions: [String] { mismatches.map(\.description) }
}
