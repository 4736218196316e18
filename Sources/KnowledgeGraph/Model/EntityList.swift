/// The entities of a `Graph`, sorted by id: a random-access collection that builds each
/// `Entity` from the graph's columns when it is read, so a large graph keeps no million
/// values in memory. Indexing is O(1); positions are the ones every index of `Graph` uses.
public struct EntityList: RandomAccessCollection, Equatable, Sendable {
    private let store: GraphStore

    init(store: GraphStore) { self.store = store }

    /// True when both lists hold equal entitys in the same order.
    public static func == (lhs: EntityList, rhs: EntityList) -> Bool { lhs.elementsEqual(rhs) }

    /// True when the list holds exactly the entitys of `rhs`, in order (code written
    /// when this was an array keeps working).
    public static func == (lhs: EntityList, rhs: [Entity]) -> Bool { lhs.elementsEqual(rhs) }

    /// The first position, 0.
    public var startIndex: Int { 0 }
    /// One past the last position: the number of entities.
    public var endIndex: Int { store.columns.entityIDs.count }

    /// The entity at `position`.
    public subscript(position: Int) -> Entity {
        let columns = store.columns
        let strings = columns.strings
        let attributes = GraphColumns.slice(columns.entityAttributeStart, position, width: 2)
        let mentions = GraphColumns.slice(columns.mentionStart, position, width: 3)
        return Entity(
            id: strings[Int(columns.entityIDs[position])],
            kind: GraphColumns.kindByCode[Int(columns.entityKinds[position])],
            name: strings[Int(columns.entityNames[position])],
            aliases: GraphColumns.slice(columns.aliasStart, position).map { strings[Int(columns.aliases[$0])] },
            attributes: StringPairs.dictionary(columns.entityAttributes[attributes], strings),
            mentions: stride(from: mentions.lowerBound, to: mentions.upperBound, by: 3).map {
                Mention(doc: strings[Int(columns.mentions[$0])], start: Int(columns.mentions[$0 + 1]), end: Int(columns.mentions[$0 + 2]))
            })
    }
}

/// Attribute dictionaries stored as flat (key, value) string-index pairs.
enum StringPairs {
    /// The dictionary that `pairs` (key, value, key, value …) encodes.
    static func dictionary(_ pairs: ArraySlice<Int32>, _ strings: [String]) -> [String: String] {
        guard !pairs.isEmpty else { return [:] }
        var result: [String: String] = [:]
        result.reserveCapacity(pairs.count / 2)
        for offset in stride(from: pairs.startIndex, to: pairs.endIndex, by: 2) {
            result[strings[Int(pairs[offset])]] = strings[Int(pairs[offset + 1])]
        }
        return result
    }
}
