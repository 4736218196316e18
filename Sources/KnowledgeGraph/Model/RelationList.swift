/// The relations of a `Graph`, sorted by (subject, predicate, object): a random-access
/// collection that builds each `Relation` from the graph's columns when it is read.
/// Indexing is O(1); positions are the ones `outgoing`, `incoming`, `subject(of:)` and
/// `object(of:)` use.
public struct RelationList: RandomAccessCollection, Equatable, Sendable {
    private let store: GraphStore

    init(store: GraphStore) { self.store = store }

    /// True when both lists hold equal relations in the same order.
    public static func == (lhs: RelationList, rhs: RelationList) -> Bool { lhs.elementsEqual(rhs) }

    /// True when the list holds exactly the relations of `rhs`, in order (code written
    /// when this was an array keeps working).
    public static func == (lhs: RelationList, rhs: [Relation]) -> Bool { lhs.elementsEqual(rhs) }

    /// The first position, 0.
    public var startIndex: Int { 0 }
    /// One past the last position: the number of relations.
    public var endIndex: Int { store.columns.subjects.count }

    /// The relation at `position`.
    public subscript(position: Int) -> Relation {
        let columns = store.columns
        let strings = columns.strings
        let attributes = GraphColumns.slice(columns.relationAttributeStart, position, width: 2)
        let evidence = GraphColumns.slice(columns.evidenceStart, position, width: 4)
        return Relation(
            subject: strings[Int(columns.entityIDs[Int(columns.subjects[position])])],
            predicate: GraphColumns.predicateByCode[Int(columns.predicates[position])],
            object: strings[Int(columns.entityIDs[Int(columns.objects[position])])],
            attributes: StringPairs.dictionary(columns.relationAttributes[attributes], strings),
            confidence: columns.confidences[position],
            rule: strings[Int(columns.rules[position])],
            evidence: stride(from: evidence.lowerBound, to: evidence.upperBound, by: 4).map {
                Evidence(doc: strings[Int(columns.evidence[$0])], start: Int(columns.evidence[$0 + 1]),
                         end: Int(columns.evidence[$0 + 2]), text: strings[Int(columns.evidence[$0 + 3])])
            })
    }
}
