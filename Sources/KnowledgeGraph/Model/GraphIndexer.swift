/// Turns entity and relation values into `GraphColumns`: sorts entities by id, maps relation
/// endpoints to positions, merges relations that share a key, interns every string and
/// builds the adjacency and name indexes.
struct GraphIndexer {
    private var columns = GraphColumns()
    private var stringIndex: [String: Int32] = [:]

    /// Builds the columns; a relation naming an unknown entity or two entities sharing an id
    /// is a `GraphError`.
    static func columns<E: Sequence, R: Sequence>(documents: [Document], entities: E, relations: R) throws -> GraphColumns
    where E.Element == Entity, R.Element == Relation {
        var indexer = GraphIndexer()
        var seen: Set<String> = []
        indexer.columns.documents = documents.sorted().filter { seen.insert($0.id).inserted }
        let sorted = entities.sorted { $0.id < $1.id }
        var positionByID: [String: Int32] = [:]
        positionByID.reserveCapacity(sorted.count)
        for (position, entity) in sorted.enumerated() {
            if positionByID.updateValue(Int32(position), forKey: entity.id) != nil { throw GraphError.duplicateEntityID(entity.id) }
            indexer.append(entity)
        }
        try indexer.appendRelations(Array(relations), positions: positionByID)
        indexer.indexNames(of: sorted)
        indexer.indexIncoming()
        return indexer.columns
    }

    private mutating func intern(_ string: String) -> Int32 {
        if let index = stringIndex[string] { return index }
        let index = Int32(columns.strings.count)
        columns.strings.append(string)
        stringIndex[string] = index
        return index
    }

    private mutating func internPairs(_ attributes: [String: String]) -> [Int32] {
        attributes.sorted { $0.key < $1.key }.flatMap { [intern($0.key), intern($0.value)] }
    }

    private mutating func append(_ entity: Entity) {
        columns.entityIDs.append(intern(entity.id))
        columns.entityNames.append(intern(entity.name))
        columns.entityKinds.append(GraphColumns.codeByKind[entity.kind]!)
        for alias in entity.aliases { columns.aliases.append(intern(alias)) }
        columns.aliasStart.append(Int32(columns.aliases.count))
        columns.entityAttributes += internPairs(entity.attributes)
        columns.entityAttributeStart.append(Int32(columns.entityAttributes.count / 2))
        for mention in entity.mentions {
            columns.mentions += [intern(mention.doc), Int32(clamping: mention.start), Int32(clamping: mention.end)]
        }
        columns.mentionStart.append(Int32(columns.mentions.count / 3))
    }

    /// Sorts relations by key (positions follow id order, codes follow predicate spelling),
    /// merging each run of equal keys in input order with `Relation.absorb`.
    private mutating func appendRelations(_ relations: [Relation], positions: [String: Int32]) throws {
        var keys: [(subject: Int32, predicate: UInt8, object: Int32, input: Int)] = []
        keys.reserveCapacity(relations.count)
        for (input, relation) in relations.enumerated() {
            guard let subject = positions[relation.subject] else { throw GraphError.unknownEntity(relation.subject, in: relation.key) }
            guard let object = positions[relation.object] else { throw GraphError.unknownEntity(relation.object, in: relation.key) }
            keys.append((subject, GraphColumns.codeByPredicate[relation.predicate]!, object, input))
        }
        keys.sort { ($0.subject, $0.predicate, $0.object, $0.input) < ($1.subject, $1.predicate, $1.object, $1.input) }
        let entityCount = columns.entityIDs.count
        columns.outgoingStart = [Int32](repeating: 0, count: entityCount + 1)
        var index = 0
        while index < keys.count {
            let key = keys[index]
            var merged = relations[key.input]
            index += 1
            while index < keys.count, keys[index].subject == key.subject, keys[index].predicate == key.predicate, keys[index].object == key.object {
                merged.absorb(relations[keys[index].input])
                index += 1
            }
            columns.subjects.append(key.subject)
            columns.predicates.append(key.predicate)
            columns.objects.append(key.object)
            columns.confidences.append(merged.confidence)
            columns.rules.append(intern(merged.rule))
            columns.relationAttributes += internPairs(merged.attributes)
            columns.relationAttributeStart.append(Int32(columns.relationAttributes.count / 2))
            for evidence in merged.evidence {
                columns.evidence += [intern(evidence.doc), Int32(clamping: evidence.start), Int32(clamping: evidence.end), intern(evidence.text)]
            }
            columns.evidenceStart.append(Int32(columns.evidence.count / 4))
            columns.outgoingStart[Int(key.subject) + 1] += 1
        }
        for position in 0..<entityCount { columns.outgoingStart[position + 1] += columns.outgoingStart[position] }
    }

    /// Orders relations by (object, predicate, subject) with two stable counting sorts over
    /// the (subject, predicate, object) order: first by predicate, then by object.
    private mutating func indexIncoming() {
        let predicates = columns.predicates, objects = columns.objects
        let byPredicate = GraphIndexer.stableCountingSort(Array(0..<columns.relationCount),
                                                          buckets: GraphColumns.predicateByCode.count) { Int(predicates[$0]) }
        columns.incomingOrder = GraphIndexer.stableCountingSort(byPredicate, buckets: columns.entityCount) { Int(objects[$0]) }
        var start = [Int32](repeating: 0, count: columns.entityCount + 1)
        for object in objects { start[Int(object) + 1] += 1 }
        for position in 0..<columns.entityCount { start[position + 1] += start[position] }
        columns.incomingStart = start
    }

    private static func stableCountingSort(_ items: [Int], buckets: Int, key: (Int) -> Int) -> [Int] {
        var next = [Int](repeating: 0, count: buckets + 1)
        for item in items { next[key(item) + 1] += 1 }
        for bucket in 0..<buckets { next[bucket + 1] += next[bucket] }
        var result = [Int](repeating: 0, count: items.count)
        for item in items {
            let bucket = key(item)
            result[next[bucket]] = item
            next[bucket] += 1
        }
        return result
    }

    /// Indexes every folded name and alias, keys sorted so lookups are a binary search.
    private mutating func indexNames(of entities: [Entity]) {
        var pairs: [(key: String, position: Int32)] = []
        pairs.reserveCapacity(entities.count * 2)
        for (position, entity) in entities.enumerated() {
            var keys = Set(entity.allNames.map(NameFolding.fold))
            keys.remove("")
            for key in keys { pairs.append((key, Int32(position))) }
        }
        pairs.sort { ($0.key, $0.position) < ($1.key, $1.position) }
        for (offset, pair) in pairs.enumerated() {
            if offset == 0 || pairs[offset - 1].key != pair.key {
                if offset > 0 { columns.nameStart.append(Int32(columns.namePositions.count)) }
                columns.nameKeys.append(intern(pair.key))
            }
            columns.namePositions.append(pair.position)
        }
        if !pairs.isEmpty { columns.nameStart.append(Int32(columns.namePositions.count)) }
    }
}
