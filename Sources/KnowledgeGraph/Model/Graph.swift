/// An immutable, indexed knowledge graph.
///
/// Entities are kept sorted by id and relations by (subject, predicate, object), the
/// exchange format's order. Entities and relations are addressed by their position in
/// those arrays (`Int`), and every neighbour lookup goes through an index: relations of
/// one subject are contiguous, relations into one object are listed in `incomingOrder`,
/// and both are sorted by predicate, so a query never scans the whole graph.
public struct Graph: Sendable {
    /// All entities, sorted by id; `entities[i]` is built from the columns on access, in O(1).
    public let entities: EntityList
    /// All relations, sorted by (subject, predicate, object), one per key; built on access, in O(1).
    public let relations: RelationList
    private let store: GraphStore

    /// The source documents, sorted by id.
    public var documents: [Document] { store.columns.documents }

    /// An empty graph.
    public init() {
        self.init(columns: GraphColumns())
    }

    /// Builds the indexes. Relations with the same key are merged (evidence united);
    /// a relation naming an unknown entity or two entities sharing an id is an error.
    public init<E: Sequence, R: Sequence>(documents: [Document], entities: E, relations: R) throws
    where E.Element == Entity, R.Element == Relation {
        self.init(columns: try GraphIndexer.columns(documents: documents, entities: entities, relations: relations))
    }

    /// Wraps columns that are already indexed (built by `GraphIndexer` or read from a snapshot).
    init(columns: GraphColumns) {
        store = GraphStore(columns: columns)
        entities = EntityList(store: store)
        relations = RelationList(store: store)
    }

    /// The columns, for the binary snapshot.
    var columns: GraphColumns { store.columns }

    /// The position of the entity with this id (a binary search over the sorted ids).
    public func position(ofID id: String) -> Int? {
        let columns = store.columns
        var low = 0, high = columns.entityIDs.count
        while low < high {
            let middle = (low + high) / 2
            if columns.strings[Int(columns.entityIDs[middle])] < id { low = middle + 1 } else { high = middle }
        }
        return low < columns.entityIDs.count && columns.strings[Int(columns.entityIDs[low])] == id ? low : nil
    }

    /// The entity with this id.
    public func entity(id: String) -> Entity? { position(ofID: id).map { entities[$0] } }

    /// Positions of the entities whose canonical name or an alias folds to the same key as `name`.
    public func positions(named name: String) -> [Int] {
        let key = NameFolding.fold(name)
        let columns = store.columns
        var low = 0, high = columns.nameKeys.count
        while low < high {
            let middle = (low + high) / 2
            if columns.strings[Int(columns.nameKeys[middle])] < key { low = middle + 1 } else { high = middle }
        }
        guard low < columns.nameKeys.count, columns.strings[Int(columns.nameKeys[low])] == key else { return [] }
        return GraphColumns.slice(columns.nameStart, low).map { Int(columns.namePositions[$0]) }
    }

    /// Every canonical name and alias, for suggestions and completion.
    public var allNames: [String] { entities.flatMap(\.allNames) }

    /// Position of relation `relation`'s subject entity.
    public func subject(of relation: Int) -> Int { Int(store.columns.subjects[relation]) }

    /// Position of relation `relation`'s object entity.
    public func object(of relation: Int) -> Int { Int(store.columns.objects[relation]) }

    /// The predicate of relation `relation`, without building the whole `Relation`.
    public func predicate(of relation: Int) -> Predicate { GraphColumns.predicateByCode[Int(store.columns.predicates[relation])] }

    /// The id of the entity at `entity`, without building the whole `Entity`.
    public func id(of entity: Int) -> String { store.columns.strings[Int(store.columns.entityIDs[entity])] }

    /// The canonical name of the entity at `entity`, without building the whole `Entity`.
    public func name(of entity: Int) -> String { store.columns.strings[Int(store.columns.entityNames[entity])] }

    /// The kind of the entity at `entity`, without building the whole `Entity`.
    public func kind(of entity: Int) -> EntityKind { GraphColumns.kindByCode[Int(store.columns.entityKinds[entity])] }

    /// Positions of the relations leaving `entity`, optionally only those with `predicate`.
    public func outgoing(from entity: Int, _ predicate: Predicate? = nil) -> Range<Int> {
        let columns = store.columns
        let range = GraphColumns.slice(columns.outgoingStart, entity)
        guard let predicate else { return range }
        return narrow(range, to: GraphColumns.codeByPredicate[predicate]!) { columns.predicates[$0] }
    }

    /// Positions of the relations arriving at `entity`, optionally only those with `predicate`.
    public func incoming(to entity: Int, _ predicate: Predicate? = nil) -> ArraySlice<Int> {
        let columns = store.columns
        let range = GraphColumns.slice(columns.incomingStart, entity)
        guard let predicate else { return columns.incomingOrder[range] }
        return columns.incomingOrder[narrow(range, to: GraphColumns.codeByPredicate[predicate]!) { columns.predicates[columns.incomingOrder[$0]] }]
    }

    /// The sub-range of `range` (sorted by predicate code) whose code is `code`.
    private func narrow(_ range: Range<Int>, to code: UInt8, _ key: (Int) -> UInt8) -> Range<Int> {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if key(middle) < code { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < range.upperBound, key(end) == code { end += 1 }
        return low..<end
    }
}

/// The shared, immutable columns of one graph; a class so that `Graph`, `EntityList` and
/// `RelationList` share them without copying.
final class GraphStore: Sendable {
    let columns: GraphColumns

    init(columns: GraphColumns) { self.columns = columns }
}

extension Relation {
    /// All readings of one fact merged in one pass: evidence and rules united and sorted, the
    /// highest confidence kept, and each attribute taken from the first reading that has it.
    /// A fact read in thousands of sentences costs a sort, not thousands of set unions.
    public static func merged(_ readings: [Relation]) -> Relation {
        var result = readings[0]
        var evidence: [Evidence] = []
        evidence.reserveCapacity(readings.reduce(0) { $0 + $1.evidence.count })
        var rules: Set<Substring> = []
        for reading in readings {
            evidence += reading.evidence
            rules.formUnion(reading.rule.split(separator: ","))
            result.confidence = max(result.confidence, reading.confidence)
            result.attributes.merge(reading.attributes) { current, _ in current }
        }
        evidence.sort()
        result.evidence = evidence.enumerated().filter { $0.offset == 0 || evidence[$0.offset - 1] != $0.element }.map(\.element)
        result.rule = rules.sorted().joined(separator: ",")
        return result
    }
}

/// A graph that cannot be built as given.
public enum GraphError: Error, Equatable, CustomStringConvertible {
    /// Two entities share one id.
    case duplicateEntityID(String)
    /// A relation names an entity id that is not in the graph.
    case unknownEntity(String, in: RelationKey)

    /// A message for the user.
    public var description: String {
        switch self {
        case .duplicateEntityID(let id):
            return "two entities share the id '\(id)'; ids must be unique"
        case .unknownEntity(let id, let key):
            return "relation \(key.subject) -> \(key.predicate.rawValue) -> \(key.object) names '\(id)', which is not an entity in the graph"
        }
    }
}
