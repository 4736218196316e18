/// The storage behind a `Graph`: every entity and relation field as a flat column of small
/// integers into one table of interned strings, plus the adjacency and name indexes.
///
/// A million relations take a few dozen megabytes this way instead of a million `Relation`
/// values, and the binary snapshot (`GraphSnapshot`) writes and reads these columns as they
/// are, so loading is little more than copying bytes. Variable-length fields (aliases,
/// attributes, mentions, evidence) are stored CSR-style: `xStart[i]..<xStart[i + 1]` is the
/// slice of the flat `x` column that belongs to item `i`.
struct GraphColumns: Sendable, Equatable {
    /// The source documents, sorted by id.
    var documents: [Document] = []
    /// Every distinct string of the graph, in first-use order; other columns hold indexes into it.
    var strings: [String] = []

    /// Per entity (sorted by id): id and name string, kind code (`EntityKind.allCases` order).
    var entityIDs: [Int32] = []
    var entityNames: [Int32] = []
    var entityKinds: [UInt8] = []
    /// Aliases of entity `i`: `aliases[aliasStart[i]..<aliasStart[i + 1]]` (string indexes).
    var aliasStart: [Int32] = [0]
    var aliases: [Int32] = []
    /// Attributes of entity `i` as (key, value) string-index pairs; the start counts pairs.
    var entityAttributeStart: [Int32] = [0]
    var entityAttributes: [Int32] = []
    /// Mentions of entity `i` as (doc string, start, end) triples; the start counts triples.
    var mentionStart: [Int32] = [0]
    var mentions: [Int32] = []

    /// Per relation (sorted by subject, predicate, object): positions, predicate rank, confidence, rule string.
    var subjects: [Int32] = []
    var predicates: [UInt8] = []
    var objects: [Int32] = []
    var confidences: [Double] = []
    var rules: [Int32] = []
    /// Attributes of relation `i` as (key, value) pairs; the start counts pairs.
    var relationAttributeStart: [Int32] = [0]
    var relationAttributes: [Int32] = []
    /// Evidence of relation `i` as (doc, start, end, text) quadruples; the start counts quadruples.
    var evidenceStart: [Int32] = [0]
    var evidence: [Int32] = []

    /// Relations leaving entity `i` are `outgoingStart[i]..<outgoingStart[i + 1]`.
    var outgoingStart: [Int32] = [0]
    /// Relations arriving at entity `i` are `incomingOrder[incomingStart[i]..<incomingStart[i + 1]]`,
    /// sorted by (predicate, subject).
    var incomingStart: [Int32] = [0]
    var incomingOrder: [Int] = []

    /// The folded names and aliases, sorted; `namePositions[nameStart[k]..<nameStart[k + 1]]`
    /// are the entities that key `k` names.
    var nameKeys: [Int32] = []
    var nameStart: [Int32] = [0]
    var namePositions: [Int32] = []

    var entityCount: Int { entityIDs.count }
    var relationCount: Int { subjects.count }

    /// The predicates in the exchange format's order; a relation's predicate code indexes it.
    static let predicateByCode: [Predicate] = Predicate.allCases.sorted()
    /// The code of each predicate: its position in `predicateByCode`.
    static let codeByPredicate: [Predicate: UInt8] = Dictionary(
        uniqueKeysWithValues: predicateByCode.enumerated().map { ($0.element, UInt8($0.offset)) })
    /// Entity kinds by code.
    static let kindByCode: [EntityKind] = EntityKind.allCases
    /// The code of each kind.
    static let codeByKind: [EntityKind: UInt8] = Dictionary(
        uniqueKeysWithValues: kindByCode.enumerated().map { ($0.element, UInt8($0.offset)) })

    /// The CSR slice of item `item` in a column whose entries are `width` wide.
    @inline(__always)
    static func slice(_ start: [Int32], _ item: Int, width: Int = 1) -> Range<Int> {
        Int(start[item]) * width..<Int(start[item + 1]) * width
    }

    /// Checks that every index points inside its table and every CSR start column is
    /// monotone and covers its flat column exactly, so that a damaged or hand-made snapshot
    /// is reported instead of crashing a later lookup. Returns what is wrong, or nil.
    func inconsistency() -> String? {
        let entityCount = entityIDs.count, relationCount = subjects.count, stringCount = Int32(strings.count)
        let lengths: [(String, Int, Int)] = [
            ("entity names", entityNames.count, entityCount), ("entity kinds", entityKinds.count, entityCount),
            ("predicates", predicates.count, relationCount), ("objects", objects.count, relationCount),
            ("confidences", confidences.count, relationCount), ("rules", rules.count, relationCount),
            ("outgoing index", outgoingStart.count, entityCount + 1), ("incoming index", incomingStart.count, entityCount + 1),
            ("incoming order", incomingOrder.count, relationCount),
        ]
        for (name, actual, expected) in lengths where actual != expected {
            return "\(name) holds \(actual) entries, expected \(expected)"
        }
        let csr: [(String, [Int32], Int, Int, Int)] = [
            ("aliases", aliasStart, entityCount, aliases.count, 1),
            ("entity attributes", entityAttributeStart, entityCount, entityAttributes.count, 2),
            ("mentions", mentionStart, entityCount, mentions.count, 3),
            ("relation attributes", relationAttributeStart, relationCount, relationAttributes.count, 2),
            ("evidence", evidenceStart, relationCount, evidence.count, 4),
            ("outgoing index", outgoingStart, entityCount, relationCount, 1),
            ("incoming index", incomingStart, entityCount, relationCount, 1),
            ("name index", nameStart, nameKeys.count, namePositions.count, 1),
        ]
        for (name, start, items, flat, width) in csr {
            guard start.count == items + 1, start.first == 0, Int(start.last!) * width == flat,
                  zip(start, start.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                return "the \(name) column is inconsistent"
            }
        }
        let stringColumns = [entityIDs, entityNames, aliases, entityAttributes, rules, relationAttributes, nameKeys]
        if !stringColumns.allSatisfy({ $0.allSatisfy { $0 >= 0 && $0 < stringCount } }) { return "a string index is out of range" }
        if !stride(from: 0, to: mentions.count, by: 3).allSatisfy({ mentions[$0] >= 0 && mentions[$0] < stringCount }) ||
            !stride(from: 0, to: evidence.count, by: 4).allSatisfy({ evidence[$0] >= 0 && evidence[$0] < stringCount &&
                                                                    evidence[$0 + 3] >= 0 && evidence[$0 + 3] < stringCount }) {
            return "a document or sentence index is out of range"
        }
        let entityLimit = Int32(entityCount)
        if ![subjects, objects, namePositions].allSatisfy({ $0.allSatisfy { $0 >= 0 && $0 < entityLimit } }) ||
            !incomingOrder.allSatisfy({ $0 >= 0 && $0 < relationCount }) {
            return "an entity or relation index is out of range"
        }
        if !entityKinds.allSatisfy({ Int($0) < GraphColumns.kindByCode.count }) ||
            !predicates.allSatisfy({ Int($0) < GraphColumns.predicateByCode.count }) {
            return "an entity kind or predicate code is unknown"
        }
        for entity in 0..<entityCount where !GraphColumns.slice(outgoingStart, entity).allSatisfy({ subjects[$0] == entity }) {
            return "the outgoing index does not match the relations"
        }
        return nil
    }
}
