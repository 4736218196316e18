/// Scores an extracted graph against a hand-made gold graph by SCHEMA.md's Evaluation rules,
/// mirroring `gold/score.py` step by step.
///
/// Entities match one-to-one, best affinity first (same kind and a shared folded name or
/// alias; concepts and events also when half the words of the shorter name are shared).
/// For relations each output entity stands for the gold entity it matches best, and an
/// output triple is right when the mapped triple is in gold.
public enum GraphScorer {
    /// Compares `output` with `gold`.
    public static func score(_ output: Graph, against gold: Graph) -> Scorecard {
        let goldKeys = gold.entities.map(keys)
        let goldWords = gold.entities.map { words(of: $0.name) }
        var best: [String: String] = [:]
        var pairs: [(affinity: Int, output: String, gold: String)] = []
        for entity in output.entities {
            let entityKeys = keys(entity)
            let entityWords = words(of: entity.name)
            let folded = EvaluationFolding.fold(entity.name)
            var top: (Int, String)?
            for (index, candidate) in gold.entities.enumerated() {
                let value = affinity(entity, folded, entityKeys, entityWords, candidate, goldKeys[index], goldWords[index])
                guard value > 0 else { continue }
                pairs.append((value, entity.id, candidate.id))
                if top == nil || (value, candidate.id) > top! { top = (value, candidate.id) }
            }
            if let top { best[entity.id] = top.1 }
        }
        // A stable sort, best affinity first, as Python's list.sort is stable.
        let ordered = pairs.enumerated().sorted { ($1.element.affinity, $0.offset) < ($0.element.affinity, $1.offset) }.map(\.element)
        var usedOutput: Set<String> = [], matched: [String: String] = [:]
        for pair in ordered where !usedOutput.contains(pair.output) && matched[pair.gold] == nil {
            usedOutput.insert(pair.output)
            matched[pair.gold] = pair.output
        }
        let goldTriples = Set(gold.relations.map { Triple($0.subject, $0.predicate, $0.object) })
        let outputTriples = Set(output.relations.map {
            Triple(best[$0.subject] ?? "?" + $0.subject, $0.predicate, best[$0.object] ?? "?" + $0.object)
        })
        return Scorecard(output: output, gold: gold, matchedGold: matched, goldTriples: goldTriples, outputTriples: outputTriples)
    }

    private static func keys(_ entity: Entity) -> Set<String> {
        Set(entity.allNames.map(EvaluationFolding.fold).filter { !$0.isEmpty })
    }

    private static func words(of name: String) -> Set<Substring> {
        Set(EvaluationFolding.fold(name).split(separator: " "))
    }

    // swiftlint:disable:next function_parameter_count
    private static func affinity(_ output: Entity, _ foldedName: String, _ outputKeys: Set<String>, _ outputWords: Set<Substring>,
                                 _ gold: Entity, _ goldKeys: Set<String>, _ goldWords: Set<Substring>) -> Int {
        guard output.kind == gold.kind else { return 0 }
        if foldedName == EvaluationFolding.fold(gold.name) { return 3 }
        if !outputKeys.isDisjoint(with: goldKeys) { return 2 }
        if gold.kind == .concept || gold.kind == .event, !outputWords.isEmpty, !goldWords.isEmpty {
            let shared = outputWords.intersection(goldWords).count
            if Double(shared) / Double(min(outputWords.count, goldWords.count)) >= 0.5 { return 1 }
        }
        return 0
    }
}

/// A (subject, predicate, object) triple of ids, after mapping output ids to gold ids.
public struct Triple: Hashable, Comparable, Sendable {
    /// Subject id.
    public let subject: String
    /// Predicate.
    public let predicate: Predicate
    /// Object id.
    public let object: String

    init(_ subject: String, _ predicate: Predicate, _ object: String) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    /// Orders by subject, predicate, object.
    public static func < (lhs: Triple, rhs: Triple) -> Bool {
        (lhs.subject, lhs.predicate.rawValue, lhs.object) < (rhs.subject, rhs.predicate.rawValue, rhs.object)
    }
}
