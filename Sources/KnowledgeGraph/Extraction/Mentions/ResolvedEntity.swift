/// One referent of an article after resolution, with every name the article gives it.
public struct ResolvedEntity: Sendable, Equatable {
    /// Its kind.
    public var kind: EntityKind
    /// The fullest name seen.
    public var name: String
    /// Every other name seen or known.
    public var aliases: Set<String> = []
    /// Attributes such as `role` or `date`.
    public var attributes: [String: String] = [:]
    /// Token ranges of its mentions.
    public var mentions: [Range<Int>] = []
    /// True for newspapers and broadcasters.
    public var isMedia = false
}

/// A mention attached to its resolved entity.
public struct ResolvedMention: Sendable, Equatable {
    /// Index into `Resolution.entities`.
    public var entity: Int
    /// The mention's tokens.
    public var tokens: Range<Int>
    /// True for "the council", "the report", "she": a reference to an entity named elsewhere.
    public var isReference = false
}

/// The entities of one article and, per sentence, the mentions that name them.
public struct Resolution: Sendable {
    /// The article's entities.
    public var entities: [ResolvedEntity] = []
    /// Mentions per sentence, in text order.
    public var mentions: [[ResolvedMention]] = []
    /// For a local authority, the place its name starts with ("Barset Council" → Barset).
    public var homePlace: [Int: Int] = [:]
    /// The local authorities among the entities.
    public var councils: Set<Int> = []

    /// Adds an entity and returns its index.
    public mutating func add(_ entity: ResolvedEntity) -> Int {
        entities.append(entity)
        return entities.count - 1
    }
}
