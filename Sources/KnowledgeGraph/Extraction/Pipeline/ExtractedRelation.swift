/// A relation read from one sentence of an article, between two of its resolved entities.
public struct ExtractedRelation: Sendable, Equatable {
    /// Index of the subject in `Resolution.entities`.
    public var subject: Int
    /// The predicate.
    public var predicate: Predicate
    /// Index of the object in `Resolution.entities`.
    public var object: Int
    /// Attributes (`role`, `date`, `rating`).
    public var attributes: [String: String] = [:]
    /// How sure the rule is, in [0, 1].
    public var confidence: Double
    /// The name of the rule that read it.
    public var rule: String
    /// The index of the sentence it was read from.
    public var sentence: Int
}
