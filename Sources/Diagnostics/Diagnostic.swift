/// The one report type every stage uses: what is wrong, how bad, and where in the spec.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case note, warning, error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    public var pointer: JSONPointer?

    public init(
        _ severity: Severity,
        _ message: String,
        at location: SourceLocation? = nil,
        pointer: JSONPointer? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.pointer = pointer
    }

    /// `path:line:col: warning: message [#/pointer]`, the shape editors and CI annotate.
    public var description: String {
        var text = ""
        if let location { text += "\(location.description): " }
        text += "\(severity.rawValue): \(message)"
        if let pointer { text += " [\(pointer)]" }
        return TerminalText.escapingControls(text)
    }
}

/// Collects diagnostics in the order stages report them.
package struct DiagnosticBag: Sendable {
    package private(set) var all: [Diagnostic] = []

    package init() {}

    package mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    package mutating func append(contentsOf other: [Diagnostic]) { all.append(contentsOf: other) }

    package mutating func warning(_ message: String, at location: SourceLocation?, pointer: JSONPointer? = nil) {
        all.append(Diagnostic(.warning, message, at: location, pointer: pointer))
    }

    package mutating func error(_ message: String, at location: SourceLocation?, pointer: JSONPointer? = nil) {
        all.append(Diagnostic(.error, message, at: location, pointer: pointer))
    }

    package mutating func note(_ message: String, at location: SourceLocation?, pointer: JSONPointer? = nil) {
        all.append(Diagnostic(.note, message, at: location, pointer: pointer))
    }

    package var hasErrors: Bool { all.contains { $0.severity == .error } }
    package var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    package var errors: [Diagnostic] { all.filter { $0.severity == .error } }

    /// Sorted by file position so output is stable whatever order stages ran in.
    package var sorted: [Diagnostic] {
        all.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case (let l?, let r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
