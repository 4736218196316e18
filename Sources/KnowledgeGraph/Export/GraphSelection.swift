/// Which part of a graph to export: only some kinds or predicates, and optionally only the
/// neighbourhood (ego network) of some entities. `kg export` and `kg render` share it.
public struct GraphSelection: Equatable, Sendable {
    /// Names of the entities whose neighbourhood is wanted; empty means the whole graph.
    public var around: [String]
    /// How many relations away from `around` to go.
    public var depth: Int
    /// Kinds to keep; nil keeps every kind.
    public var kinds: Set<EntityKind>?
    /// Predicates to keep; nil keeps every predicate. When given, entities without a kept
    /// relation are left out (except the `around` entities themselves).
    public var predicates: Set<Predicate>?

    /// A selection; the defaults select the whole graph.
    public init(around: [String] = [], depth: Int = 1, kinds: Set<EntityKind>? = nil, predicates: Set<Predicate>? = nil) {
        self.around = around
        self.depth = depth
        self.kinds = kinds
        self.predicates = predicates
    }

    /// True when the selection keeps the whole graph.
    public var isEverything: Bool { around.isEmpty && kinds == nil && predicates == nil }

    /// The selected subgraph. Throws `LookupError` for an `around` name that matches no entity
    /// (with suggestions) or several, and `SelectionError` when a centre's kind is filtered out.
    public func apply(to graph: Graph) throws -> Graph {
        if isEverything { return graph }
        let keepsEntity = graph.entities.map { kinds?.contains($0.kind) ?? true }
        let keepsRelation = graph.relations.indices.map { position in
            (predicates?.contains(graph.relations[position].predicate) ?? true)
                && keepsEntity[graph.subject(of: position)] && keepsEntity[graph.object(of: position)]
        }
        let centres = try centres(in: graph, keepsEntity: keepsEntity)
        var members: Set<Int>
        if centres.isEmpty {
            members = Set(graph.entities.indices.filter { keepsEntity[$0] })
            if predicates != nil {
                members = Set(graph.relations.indices.filter { keepsRelation[$0] }.flatMap { [graph.subject(of: $0), graph.object(of: $0)] })
            }
        } else {
            members = neighbourhood(of: centres, in: graph, keepsRelation: keepsRelation)
        }
        let relations = graph.relations.indices.filter {
            keepsRelation[$0] && members.contains(graph.subject(of: $0)) && members.contains(graph.object(of: $0))
        }
        return graph.subgraph(entities: members, relations: relations)
    }

    /// Positions of the `around` entities in `graph`, checked against the kinds kept.
    public func centres(in graph: Graph) throws -> [Int] {
        try centres(in: graph, keepsEntity: graph.entities.map { kinds?.contains($0.kind) ?? true })
    }

    private func centres(in graph: Graph, keepsEntity: [Bool]) throws -> [Int] {
        try around.map { name in
            let position = try EntityLookup.resolve(name, in: graph)
            guard keepsEntity[position] else {
                throw SelectionError(message: "'\(graph.entities[position].name)' is a \(graph.entities[position].kind.rawValue), which --kinds leaves out")
            }
            return position
        }
    }

    /// Every entity within `depth` kept relations of a centre, following relations both ways.
    private func neighbourhood(of centres: [Int], in graph: Graph, keepsRelation: [Bool]) -> Set<Int> {
        var reached = Set(centres)
        var frontier = centres
        for _ in 0..<depth where !frontier.isEmpty {
            var next: [Int] = []
            for entity in frontier {
                let leaving = graph.outgoing(from: entity).filter { keepsRelation[$0] }.map { graph.object(of: $0) }
                let arriving = graph.incoming(to: entity).filter { keepsRelation[$0] }.map { graph.subject(of: $0) }
                for neighbour in leaving + arriving where reached.insert(neighbour).inserted { next.append(neighbour) }
            }
            frontier = next.sorted()
        }
        return reached
    }
}

/// A selection that cannot be made, with the reason.
public struct SelectionError: Error, Equatable, CustomStringConvertible {
    /// What is wrong and what to do.
    public let message: String

    /// The message, for the user.
    public var description: String { message }
}
