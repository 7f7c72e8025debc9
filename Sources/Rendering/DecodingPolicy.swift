/// How generated models read response bodies.
public enum DecodingPolicy: String, Sendable, Codable, CaseIterable {
    /// Models a response reaches read what servers really send: a missing required field or a value of
    /// another type does not fail the response; it is coerced when that loses nothing, or kept raw in
    /// `unmatchedFields`, and reported to the client's `DecodingMismatchHandler`.
    case tolerant
    /// Exactly the spec's shape: required properties are non-optional and any mismatch throws.
    case strict
}
