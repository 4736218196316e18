extension Graph {
    /// The part of this graph made of `entities`, `relations`, and the two ends of every one of
    /// those relations, keeping only the documents they cite. `kg export --around` and
    /// `kg query --format dot` draw exactly this.
    public func subgraph(entities: some Sequence<Int>, relations: some Sequence<Int>) -> Graph {
        var keptEntities = Set(entities)
        let keptRelations = Set(relations).sorted()
        for relation in keptRelations {
            keptEntities.insert(subject(of: relation))
            keptEntities.insert(object(of: relation))
        }
        let chosenEntities = keptEntities.sorted().map { self.entities[$0] }
        let chosenRelations = keptRelations.map { self.relations[$0] }
        var cited = Set(chosenEntities.flatMap { $0.mentions.map(\.doc) })
        cited.formUnion(chosenRelations.flatMap { $0.evidence.map(\.doc) })
        // Ids are unique and every relation's ends are kept, so the graph is always valid.
        return try! Graph(documents: documents.filter { cited.contains($0.id) },
                          entities: chosenEntities, relations: chosenRelations)
    }

    /// The entities at `entities` and every relation that joins two of them (the induced subgraph).
    public func subgraph(inducedBy entities: some Sequence<Int>) -> Graph {
        let members = Set(entities)
        let joining = members.flatMap { outgoing(from: $0).filter { members.contains(object(of: $0)) } }
        return subgraph(entities: members, relations: joining)
    }
}
