/// A graph as plain rows — named, typed nodes and (source, predicate, target) edges by node
/// index — the shape shared by the random graph generator, the TSV twin and `kg import`.
public struct EdgeList: Sendable, Equatable {
    /// One node: its display name (unique in the list) and kind.
    public struct Node: Sendable, Equatable {
        /// The name, also the source of the entity id.
        public var name: String
        /// The kind.
        public var kind: EntityKind
    }

    /// One directed edge between two node indexes.
    public struct Edge: Sendable, Equatable {
        /// Index of the subject node.
        public var source: Int
        /// The predicate.
        public var predicate: Predicate
        /// Index of the object node.
        public var target: Int
    }

    /// The nodes, in input order.
    public var nodes: [Node] = []
    /// The edges, in input order.
    public var edges: [Edge] = []

    /// An empty list.
    public init() {}

    /// The graph: each node becomes an entity whose id is its name's slug (made unique with
    /// the kind, then a number, as `GraphBuilder` does); each edge a relation with rule `rule`.
    public func graph(rule: String) throws -> Graph {
        var taken: Set<String> = []
        taken.reserveCapacity(nodes.count)
        let ids = nodes.map { node -> String in
            let base = NameFolding.slug(node.name)
            var id = base, counter = 2
            if taken.contains(id) { id = "\(base)-\(node.kind.rawValue)" }
            while taken.contains(id) {
                id = "\(base)-\(counter)"
                counter += 1
            }
            taken.insert(id)
            return id
        }
        let entities = zip(ids, nodes).map { Entity(id: $0, kind: $1.kind, name: $1.name) }
        let relations = edges.map { Relation(subject: ids[$0.source], predicate: $0.predicate, object: ids[$0.target], rule: rule) }
        return try Graph(documents: [], entities: entities, relations: relations)
    }

    /// The TSV twin: `name<TAB>kind` lines and `source<TAB>predicate<TAB>target` lines, each
    /// file starting with a header row, so spreadsheets and other graph tools can load it.
    public func tsv() -> (nodes: String, edges: String) {
        var nodeText = "name\tkind\n", edgeText = "source\tpredicate\ttarget\n"
        for node in nodes { nodeText += "\(node.name)\t\(node.kind.rawValue)\n" }
        for edge in edges { edgeText += "\(nodes[edge.source].name)\t\(edge.predicate.rawValue)\t\(nodes[edge.target].name)\n" }
        return (nodeText, edgeText)
    }
}
