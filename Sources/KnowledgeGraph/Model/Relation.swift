/// A typed, directed edge between two entities, with the evidence it was read from.
public struct Relation: Hashable, Sendable {
    /// The subject entity's id.
    public var subject: String
    /// What the relation says.
    public var predicate: Predicate
    /// The object entity's id.
    public var object: String
    /// Attributes such as `role`, `date` or `rating`.
    public var attributes: [String: String]
    /// How sure the extractor is, in [0, 1].
    public var confidence: Double
    /// The name of the extraction rule(s) that produced it, for tracing a wrong edge.
    public var rule: String
    /// The sentences it was read from, sorted.
    public var evidence: [Evidence]

    /// Creates a relation.
    public init(subject: String, predicate: Predicate, object: String, attributes: [String: String] = [:],
                confidence: Double = 1, rule: String = "", evidence: [Evidence] = []) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.attributes = attributes
        self.confidence = confidence
        self.rule = rule
        self.evidence = evidence
    }

    /// The (subject, predicate, object) key relations are sorted and deduplicated by.
    public var key: RelationKey { RelationKey(subject: subject, predicate: predicate, object: object) }
}

/// The identity of a relation: two relations with the same key are one fact.
public struct RelationKey: Hashable, Sendable, Comparable {
    /// Subject id.
    public var subject: String
    /// Predicate.
    public var predicate: Predicate
    /// Object id.
    public var object: String

    /// Creates a key.
    public init(subject: String, predicate: Predicate, object: String) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    /// Orders by subject, predicate, object: the exchange format's order.
    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        (lhs.subject, lhs.predicate.rawValue, lhs.object) < (rhs.subject, rhs.predicate.rawValue, rhs.object)
    }
}
