/// `:show`'s card for one entity: kind and id, aliases, attributes, every relation out of
/// and into it (with the other end's kind and the relation's attributes) and the documents
/// that mention it.
public struct EntityCard: Sendable {
    /// The entity's position in the graph.
    public let position: Int
    /// The graph it belongs to.
    public let graph: Graph

    /// The card of the entity at `position` in `graph`.
    public init(position: Int, graph: Graph) {
        self.position = position
        self.graph = graph
    }

    /// The card as text.
    public var text: String {
        let entity = graph.entities[position]
        var lines = ["\(entity.name)  (\(entity.kind.rawValue), id \(entity.id))"]
        if !entity.aliases.isEmpty { lines.append("  aliases: " + entity.aliases.joined(separator: ", ")) }
        for (key, value) in entity.attributes.sorted(by: { $0.key < $1.key }) { lines.append("  \(key): \(value)") }
        let outgoing = Array(graph.outgoing(from: position))
        let incoming = Array(graph.incoming(to: position))
        lines.append("  relations out (\(outgoing.count)):")
        lines += outgoing.map { "    -> \(graph.relations[$0].predicate.rawValue) -> \(describe(graph.object(of: $0)))\(attributes(of: $0))" }
        lines.append("  relations in (\(incoming.count)):")
        lines += incoming.map { "    <- \(graph.relations[$0].predicate.rawValue) <- \(describe(graph.subject(of: $0)))\(attributes(of: $0))" }
        let documents = documentIDs
        lines.append(documents.isEmpty ? "  documents: none recorded" : "  documents (\(documents.count)):")
        let titles = Dictionary(graph.documents.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        lines += documents.map { "    \($0)  \(titles[$0] ?? "")" }
        return lines.joined(separator: "\n")
    }

    /// What the card shows as a last result: the entity and all its relations.
    public var subgraph: ResultSubgraph {
        let relations = Array(graph.outgoing(from: position)) + Array(graph.incoming(to: position))
        let entity = graph.entities[position]
        return ResultSubgraph(entityIDs: [entity.id], relationKeys: relations.map { graph.relations[$0].key },
                              origin: "the card of \(entity.name)")
    }

    /// Documents that mention the entity or hold evidence for one of its relations, sorted.
    private var documentIDs: [String] {
        let relations = Array(graph.outgoing(from: position)) + Array(graph.incoming(to: position))
        let fromEvidence = relations.flatMap { graph.relations[$0].evidence.map(\.doc) }
        return Set(graph.entities[position].mentions.map(\.doc) + fromEvidence).sorted()
    }

    private func describe(_ entity: Int) -> String {
        "\(graph.entities[entity].name) (\(graph.entities[entity].kind.rawValue))"
    }

    private func attributes(of relation: Int) -> String {
        let attributes = graph.relations[relation].attributes.sorted { $0.key < $1.key }
        return attributes.isEmpty ? "" : "  {" + attributes.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") + "}"
    }
}
