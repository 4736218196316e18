/// Generates a random knowledge graph of a given size for benchmarks: entities of the six
/// kinds, relations in the 20 predicates that respect each predicate's subject and object
/// kinds, and endpoints drawn from a Zipf distribution (exponent 1.2) so that a few hubs
/// hold a large share of the edges, as in a real merged press file.
public struct GraphGenerator: Sendable {
    /// The skew of the endpoint distribution.
    public static let zipfExponent = 1.2
    /// The largest graph the generator makes (positions are stored in 32 bits).
    public static let maximumEntities = 50_000_000
    /// The largest number of relations the generator makes.
    public static let maximumRelations = 200_000_000
    private static let kindWeights: [(EntityKind, Double)] = [
        (.person, 0.35), (.body, 0.25), (.report, 0.1), (.event, 0.1), (.place, 0.05), (.concept, 0.15),
    ]

    /// Number of entities.
    public let entityCount: Int
    /// Number of distinct relations.
    public let relationCount: Int
    /// The random seed: equal seeds give equal graphs.
    public let seed: UInt64

    /// Checks the sizes; nonsense (no entities, negative or oversized counts) is a `GeneratorError`.
    public init(entities: Int, relations: Int, seed: UInt64) throws {
        guard (2...GraphGenerator.maximumEntities).contains(entities) else {
            throw GeneratorError("--entities must be from 2 to \(GraphGenerator.maximumEntities), not \(entities)")
        }
        guard (0...GraphGenerator.maximumRelations).contains(relations) else {
            throw GeneratorError("--relations must be from 0 to \(GraphGenerator.maximumRelations), not \(relations)")
        }
        entityCount = entities
        relationCount = relations
        self.seed = seed
    }

    /// The graph as rows. Entities are named after their kind and number ("Person 17");
    /// hubs are spread over the numbering by a seeded shuffle.
    public func edgeList() throws -> EdgeList {
        var random = SeededRandom(seed: seed)
        var list = EdgeList()
        list.nodes.reserveCapacity(entityCount)
        for index in 0..<entityCount {
            let kind = GraphGenerator.drawKind(using: &random)
            list.nodes.append(EdgeList.Node(name: "\(kind.rawValue.prefix(1).uppercased())\(kind.rawValue.dropFirst()) \(index + 1)", kind: kind))
        }
        var entityByRank = Array(0..<entityCount)
        entityByRank.shuffle(using: &random)
        let zipf = ZipfSampler(count: entityCount, exponent: GraphGenerator.zipfExponent)
        let predicatesByKinds = EntityKind.allCases.map { subject in
            EntityKind.allCases.map { object in
                Predicate.allCases.filter { $0.subjectKinds.contains(subject) && $0.objectKinds.contains(object) }
            }
        }
        let kindIndex = list.nodes.map { EntityKind.allCases.firstIndex(of: $0.kind)! }
        var seen: Set<UInt64> = []
        seen.reserveCapacity(relationCount)
        list.edges.reserveCapacity(relationCount)
        let budget = 50 * relationCount + 10_000
        var attempts = 0
        while list.edges.count < relationCount {
            attempts += 1
            guard attempts <= budget else {
                throw GeneratorError("only \(list.edges.count) distinct relations fit among \(entityCount) entities; give more --entities or fewer --relations")
            }
            let subject = entityByRank[zipf.next(using: &random)], object = entityByRank[zipf.next(using: &random)]
            let candidates = predicatesByKinds[kindIndex[subject]][kindIndex[object]]
            guard subject != object, let predicate = candidates.randomElement(using: &random) else { continue }
            let key = UInt64(subject) << 37 | UInt64(Predicate.allCases.firstIndex(of: predicate)!) << 32 | UInt64(object)
            if seen.insert(key).inserted { list.edges.append(EdgeList.Edge(source: subject, predicate: predicate, target: object)) }
        }
        return list
    }

    private static func drawKind(using random: inout SeededRandom) -> EntityKind {
        var target = Double.random(in: 0..<1, using: &random)
        for (kind, weight) in kindWeights {
            target -= weight
            if target < 0 { return kind }
        }
        return .concept
    }
}

/// Sizes or options a generator cannot work with, with what to give instead.
public struct GeneratorError: Error, Equatable, CustomStringConvertible {
    /// What is wrong.
    public let description: String

    /// Creates an error with a message for the user.
    public init(_ description: String) { self.description = description }
}
