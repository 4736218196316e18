/// An immutable, indexed knowledge graph.
///
/// Entities are kept sorted by id and relations by (subject, predicate, object), the
/// exchange format's order. Entities and relations are addressed by their position in
/// those arrays (`Int`), and every neighbour lookup goes through an index: relations of
/// one subject are contiguous, relations into one object are listed in `incomingOrder`,
/// and both are sorted by predicate, so a query never scans the whole graph.
public struct Graph: Sendable {
    /// The source documents, sorted by id.
    public let documents: [Document]
    /// All entities, sorted by id.
    public let entities: [Entity]
    /// All relations, sorted by (subject, predicate, object), one per key.
    public let relations: [Relation]

    private let positionByID: [String: Int]
    private let positionsByName: [String: [Int]]
    private let subjects: [Int]
    private let objects: [Int]
    private let outgoingStart: [Int]
    private let incomingOrder: [Int]
    private let incomingStart: [Int]

    /// An empty graph.
    public init() {
        try! self.init(documents: [], entities: [], relations: [])
    }

    /// Builds the indexes. Relations with the same key are merged (evidence united);
    /// a relation naming an unknown entity or two entities sharing an id is an error.
    public init(documents: [Document], entities: [Entity], relations: [Relation]) throws {
        self.documents = Graph.uniqueDocuments(documents)
        let sortedEntities = entities.sorted { $0.id < $1.id }
        var positionByID: [String: Int] = [:]
        positionByID.reserveCapacity(sortedEntities.count)
        for (position, entity) in sortedEntities.enumerated() {
            if positionByID.updateValue(position, forKey: entity.id) != nil {
                throw GraphError.duplicateEntityID(entity.id)
            }
        }
        var positionsByName: [String: [Int]] = [:]
        for (position, entity) in sortedEntities.enumerated() {
            var keys = Set(entity.allNames.map(NameFolding.fold))
            keys.remove("")
            for key in keys { positionsByName[key, default: []].append(position) }
        }
        let merged = try Graph.mergedRelations(relations, positions: positionByID)
        var subjects = [Int](), objects = [Int]()
        subjects.reserveCapacity(merged.count)
        objects.reserveCapacity(merged.count)
        for relation in merged {
            subjects.append(positionByID[relation.subject]!)
            objects.append(positionByID[relation.object]!)
        }
        var outgoingStart = [Int](repeating: 0, count: sortedEntities.count + 1)
        for subject in subjects { outgoingStart[subject + 1] += 1 }
        var incomingStart = [Int](repeating: 0, count: sortedEntities.count + 1)
        for object in objects { incomingStart[object + 1] += 1 }
        for position in 0..<sortedEntities.count {
            outgoingStart[position + 1] += outgoingStart[position]
            incomingStart[position + 1] += incomingStart[position]
        }
        let incomingOrder = merged.indices.sorted {
            (objects[$0], merged[$0].predicate.rawValue, subjects[$0]) < (objects[$1], merged[$1].predicate.rawValue, subjects[$1])
        }
        self.entities = sortedEntities
        self.relations = merged
        self.positionByID = positionByID
        self.positionsByName = positionsByName
        self.subjects = subjects
        self.objects = objects
        self.outgoingStart = outgoingStart
        self.incomingOrder = incomingOrder
        self.incomingStart = incomingStart
    }

    /// The position of the entity with this id.
    public func position(ofID id: String) -> Int? { positionByID[id] }

    /// The entity with this id.
    public func entity(id: String) -> Entity? { positionByID[id].map { entities[$0] } }

    /// Positions of the entities whose canonical name or an alias folds to the same key as `name`.
    public func positions(named name: String) -> [Int] { positionsByName[NameFolding.fold(name)] ?? [] }

    /// Every canonical name and alias, for suggestions and completion.
    public var allNames: [String] { entities.flatMap(\.allNames) }

    /// Position of relation `relation`'s subject entity.
    public func subject(of relation: Int) -> Int { subjects[relation] }

    /// Position of relation `relation`'s object entity.
    public func object(of relation: Int) -> Int { objects[relation] }

    /// Positions of the relations leaving `entity`, optionally only those with `predicate`.
    public func outgoing(from entity: Int, _ predicate: Predicate? = nil) -> Range<Int> {
        let range = outgoingStart[entity]..<outgoingStart[entity + 1]
        guard let predicate else { return range }
        return narrow(range, to: predicate) { relations[$0].predicate }
    }

    /// Positions of the relations arriving at `entity`, optionally only those with `predicate`.
    public func incoming(to entity: Int, _ predicate: Predicate? = nil) -> ArraySlice<Int> {
        let range = incomingStart[entity]..<incomingStart[entity + 1]
        guard let predicate else { return incomingOrder[range] }
        return incomingOrder[narrow(range, to: predicate) { relations[incomingOrder[$0]].predicate }]
    }

    /// The sub-range of `range` (sorted by predicate) whose predicate is `predicate`.
    private func narrow(_ range: Range<Int>, to predicate: Predicate, _ key: (Int) -> Predicate) -> Range<Int> {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if key(middle).rawValue < predicate.rawValue { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < range.upperBound, key(end) == predicate { end += 1 }
        return low..<end
    }

    private static func uniqueDocuments(_ documents: [Document]) -> [Document] {
        var seen: Set<String> = []
        return documents.sorted().filter { seen.insert($0.id).inserted }
    }

    private static func mergedRelations(_ relations: [Relation], positions: [String: Int]) throws -> [Relation] {
        var byKey: [RelationKey: Relation] = [:]
        for relation in relations {
            guard positions[relation.subject] != nil else { throw GraphError.unknownEntity(relation.subject, in: relation.key) }
            guard positions[relation.object] != nil else { throw GraphError.unknownEntity(relation.object, in: relation.key) }
            if var existing = byKey[relation.key] {
                existing.absorb(relation)
                byKey[relation.key] = existing
            } else {
                byKey[relation.key] = relation
            }
        }
        return byKey.values.sorted { $0.key < $1.key }
    }
}

extension Relation {
    /// Merges another reading of the same fact: evidence and rules united, the higher
    /// confidence kept, attributes the first reading lacked added.
    public mutating func absorb(_ other: Relation) {
        evidence = Array(Set(evidence).union(other.evidence)).sorted()
        confidence = max(confidence, other.confidence)
        let rules = Set((rule + "," + other.rule).split(separator: ",").map(String.init))
        rule = rules.sorted().joined(separator: ",")
        attributes.merge(other.attributes) { current, _ in current }
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
