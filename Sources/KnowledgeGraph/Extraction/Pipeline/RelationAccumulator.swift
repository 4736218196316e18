/// Collects the relations of all articles, merging readings of the same fact (same subject,
/// predicate and object handles) as they arrive, so that a fact read in many sentences is
/// handed to the `GraphBuilder` once, with all its evidence and rules.
struct RelationAccumulator {
    private struct Key: Hashable {
        var subject: GraphBuilder.Handle
        var predicate: Predicate
        var object: GraphBuilder.Handle
    }

    private struct Entry {
        var relation: Relation
        var rules: Set<String>
        var evidence: Set<Evidence>
    }

    private var order: [Key] = []
    private var entries: [Key: Entry] = [:]

    /// Adds one reading of a fact.
    mutating func add(subject: GraphBuilder.Handle, object: GraphBuilder.Handle, _ relation: Relation) {
        let key = Key(subject: subject, predicate: relation.predicate, object: object)
        guard entries[key] != nil else {
            order.append(key)
            entries[key] = Entry(relation: relation, rules: [relation.rule], evidence: Set(relation.evidence))
            return
        }
        // In place: copying the entry out and back would copy its evidence set at every reading.
        Self.merge(relation, into: &entries[key]!)
    }

    private static func merge(_ relation: Relation, into entry: inout Entry) {
        entry.rules.insert(relation.rule)
        entry.evidence.formUnion(relation.evidence)
        entry.relation.confidence = max(entry.relation.confidence, relation.confidence)
        entry.relation.attributes.merge(relation.attributes) { current, _ in current }
    }

    /// Hands every merged fact to `builder`, in the order they were first read.
    func flush(into builder: inout GraphBuilder) {
        for key in order {
            guard let entry = entries[key] else { continue }
            var relation = entry.relation
            relation.rule = entry.rules.sorted().joined(separator: ",")
            relation.evidence = entry.evidence.sorted()
            builder.addRelation(subject: key.subject, object: key.object, relation)
        }
    }
}
