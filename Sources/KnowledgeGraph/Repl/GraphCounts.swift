/// "5 documents, 100 entities, 159 relations": a graph's size in words, for messages.
struct GraphCounts: CustomStringConvertible {
    let documents: Int
    let entities: Int
    let relations: Int

    /// The counts of `graph`.
    init(_ graph: Graph) {
        self.init(documents: graph.documents.count, entities: graph.entities.count, relations: graph.relations.count)
    }

    /// Counts given one by one (the difference between two graphs, say).
    init(documents: Int, entities: Int, relations: Int) {
        self.documents = documents
        self.entities = entities
        self.relations = relations
    }

    var description: String {
        "\(documents) \(documents == 1 ? "document" : "documents"), \(entities) \(entities == 1 ? "entity" : "entities"), "
            + "\(relations) \(relations == 1 ? "relation" : "relations")"
    }
}
