/// The part of the graph the last result touched: the entities it returned or showed and the
/// relations it used. `:why` prints their evidence; `:export` and `:render` write them.
///
/// It holds ids and relation keys, not positions, so it stays meaningful after `:load`
/// rebuilds the graph.
public struct ResultSubgraph: Equatable, Sendable {
    /// Ids of the entities, sorted.
    public let entityIDs: [String]
    /// Keys of the relations, sorted.
    public let relationKeys: [RelationKey]
    /// What produced it, for messages ("the card of Amara Okafor").
    public let origin: String

    /// Creates a result subgraph; ids and keys are sorted and deduplicated.
    public init(entityIDs: [String], relationKeys: [RelationKey], origin: String) {
        self.entityIDs = Array(Set(entityIDs)).sorted()
        self.relationKeys = Array(Set(relationKeys)).sorted()
        self.origin = origin
    }

    /// The subgraph of `graph`: the entities, every relation's two ends, the relations, and
    /// the documents any of them were read from. Ids no longer in `graph` are skipped.
    public func graph(in graph: Graph) -> Graph {
        let relations = relationKeys.compactMap { key -> Int? in
            guard let subject = graph.position(ofID: key.subject) else { return nil }
            return graph.outgoing(from: subject, key.predicate).first { graph.relations[$0].object == key.object }
        }
        return graph.subgraph(entities: entityIDs.compactMap(graph.position(ofID:)), relations: relations)
    }

    /// Each relation as `Subject -> predicate -> Object`, followed by its evidence sentences
    /// with their document and offsets; `:why`'s output.
    public func evidenceReport(in graph: Graph) -> String {
        let subgraph = self.graph(in: graph)
        guard !subgraph.relations.isEmpty else {
            return "\(origin) used no relations, so there is no evidence to show"
        }
        var lines: [String] = []
        for (position, relation) in subgraph.relations.enumerated() {
            let subject = subgraph.entities[subgraph.subject(of: position)].name
            let object = subgraph.entities[subgraph.object(of: position)].name
            lines.append("\(subject) -> \(relation.predicate.rawValue) -> \(object)")
            if relation.evidence.isEmpty { lines.append("  (no evidence recorded)") }
            for evidence in relation.evidence {
                lines.append("  \(evidence.doc)@\(evidence.start)-\(evidence.end): \(evidence.text)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
