/// What every relation rule works on: the article's entities (which rules may add to),
/// its sentences as views, their dates, and the relations found so far.
public struct ArticleContext: Sendable {
    /// The linguistic data.
    public let lexicon: Lexicon
    /// The article's entities and mentions; rules add events, concepts and sub-bodies.
    public var resolution: Resolution
    /// The article's tokens.
    public let tokens: [Token]
    /// The article's sentences.
    public let sentences: [Sentence]
    /// The date each sentence gives or inherits (ISO), when any.
    public let dates: [String?]
    /// The relations found so far.
    public var relations: [ExtractedRelation] = []
    /// The stems of each sentence's tokens.
    private let stems: [Set<String>]
    /// Entity index by kind and folded name or alias, kept up to date by `entity(_:named:)`.
    private var byName: [String: Int] = [:]

    /// Creates a context.
    public init(lexicon: Lexicon, resolution: Resolution, tokens: [Token], sentences: [Sentence], dates: [String?]) {
        self.lexicon = lexicon
        self.resolution = resolution
        self.tokens = tokens
        self.sentences = sentences
        self.dates = dates
        stems = sentences.map { Set(tokens[$0.tokens].map(\.stem)) }
        for (index, entity) in resolution.entities.enumerated() {
            for name in [entity.name] + entity.aliases.sorted() { byName["\(entity.kind.rawValue):\(Lexicon.key(name))", default: index] = index }
        }
    }

    /// The view of sentence `number`, with the entities as they are now.
    public func view(_ number: Int) -> SentenceView {
        SentenceView(number: number, sentence: sentences[number], tokens: tokens,
                     mentions: resolution.mentions[number], entities: resolution.entities, stems: stems[number])
    }

    /// Records a relation if the predicate allows the two entities' kinds and they differ.
    public mutating func relate(_ subject: Int, _ predicate: Predicate, _ object: Int, rule: String, sentence: Int,
                                confidence: Double, attributes: [String: String] = [:]) {
        guard subject != object,
              predicate.subjectKinds.contains(resolution.entities[subject].kind),
              predicate.objectKinds.contains(resolution.entities[object].kind) else { return }
        relations.append(ExtractedRelation(subject: subject, predicate: predicate, object: object,
                                           attributes: attributes, confidence: confidence, rule: rule, sentence: sentence))
    }

    /// The entity named `name` of `kind`, created (with `alias`es) when new; records the mention.
    public mutating func entity(_ kind: EntityKind, named name: String, aliases: [String] = [], at tokens: Range<Int>?,
                                sentence: Int, attributes: [String: String] = [:]) -> Int {
        let key = "\(kind.rawValue):\(Lexicon.key(name))"
        let index = byName[key] ?? resolution.add(ResolvedEntity(kind: kind, name: name, attributes: attributes))
        byName[key] = index
        let added = aliases.filter { $0 != resolution.entities[index].name }
        resolution.entities[index].aliases.formUnion(added)
        for alias in added { byName["\(kind.rawValue):\(Lexicon.key(alias))", default: index] = index }
        if let tokens {
            resolution.entities[index].mentions.append(tokens)
            resolution.mentions[sentence].append(ResolvedMention(entity: index, tokens: tokens))
            resolution.mentions[sentence].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        return index
    }

    /// The local authority named after `place` ("Barset" → Barset Council), if the article has one.
    public func council(of place: Int) -> Int? {
        resolution.councils.sorted().first { resolution.homePlace[$0] == place }
    }

    /// The local authority the article mentions most, for "council leader" and councillors.
    public var mainCouncil: Int? {
        resolution.councils.max { (resolution.entities[$0].mentions.count, -$0) < (resolution.entities[$1].mentions.count, -$1) }
    }
}
