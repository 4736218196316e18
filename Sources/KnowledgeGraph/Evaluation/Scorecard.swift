/// Precision, recall and F1 of an extraction, overall, per kind and per predicate, with the
/// missed and wrong items for `kg eval --details`.
public struct Scorecard: Sendable {
    /// Precision, recall and F1 of one slice, with the counts behind them.
    public struct Figures: Sendable, Equatable {
        /// Items right.
        public let right: Int
        /// Items produced.
        public let produced: Int
        /// Items in gold.
        public let expected: Int

        /// right / produced (0 when nothing was produced).
        public var precision: Double { produced == 0 ? 0 : Double(right) / Double(produced) }
        /// right / expected (0 when gold is empty).
        public var recall: Double { expected == 0 ? 0 : Double(right) / Double(expected) }
        /// The harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Entities overall.
    public let entities: Figures
    /// Relations overall.
    public let relations: Figures
    /// Entities per kind (every kind in output or gold).
    public let kinds: [(EntityKind, Figures)]
    /// Relations per predicate (every predicate in output or gold).
    public let predicates: [(Predicate, Figures)]
    /// Gold entities no output entity matched, as (kind, name).
    public let missedEntities: [(EntityKind, String)]
    /// Gold triples not produced, with gold names.
    public let missedRelations: [String]
    /// Produced triples not in gold, with gold names where mapped (ids with "?" otherwise).
    public let wrongRelations: [String]

    init(output: Graph, gold: Graph, matchedGold: [String: String], goldTriples: Set<Triple>, outputTriples: Set<Triple>) {
        let right = goldTriples.intersection(outputTriples)
        entities = Figures(right: matchedGold.count, produced: output.entities.count, expected: gold.entities.count)
        relations = Figures(right: right.count, produced: outputTriples.count, expected: goldTriples.count)
        let goldKind = Dictionary(uniqueKeysWithValues: gold.entities.map { ($0.id, $0.kind) })
        kinds = Set(output.entities.map(\.kind) + gold.entities.map(\.kind)).sorted { $0.rawValue < $1.rawValue }.map { kind in
            (kind, Figures(right: matchedGold.keys.filter { goldKind[$0] == kind }.count,
                           produced: output.entities.filter { $0.kind == kind }.count,
                           expected: gold.entities.filter { $0.kind == kind }.count))
        }
        predicates = Set((goldTriples.union(outputTriples)).map(\.predicate)).sorted().map { predicate in
            (predicate, Figures(right: right.filter { $0.predicate == predicate }.count,
                                produced: outputTriples.filter { $0.predicate == predicate }.count,
                                expected: goldTriples.filter { $0.predicate == predicate }.count))
        }
        let goldName = Dictionary(uniqueKeysWithValues: gold.entities.map { ($0.id, $0.name) })
        let describe = { (triple: Triple) in
            "\(goldName[triple.subject] ?? triple.subject) -> \(triple.predicate.rawValue) -> \(goldName[triple.object] ?? triple.object)"
        }
        missedEntities = gold.entities.filter { matchedGold[$0.id] == nil }.map { ($0.kind, $0.name) }
        missedRelations = goldTriples.subtracting(right).sorted().map(describe)
        wrongRelations = outputTriples.subtracting(right).sorted().map(describe)
    }

    /// The report in `score.py`'s layout; the last line is the summary.
    public func report(details: Bool) -> String {
        func row(_ label: String, _ width: Int, _ figures: Figures) -> String {
            label.padding(toLength: width, withPad: " ", startingAt: 0)
                + " \(fixed(figures.precision, width: 5)) \(fixed(figures.recall, width: 5)) \(fixed(figures.f1, width: 5))   (\(figures.produced)/\(figures.expected))"
        }
        var lines = ["kind        P     R     F1   (out/gold)"]
        lines += kinds.map { row($0.0.rawValue, 10, $0.1) }
        lines.append("predicate          P     R     F1   (out/gold)")
        lines += predicates.map { row($0.0.rawValue, 17, $0.1) }
        if details {
            lines += ["", "missed gold entities:"] + missedEntities.map { "  \($0.0.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \($0.1)" }
            lines += ["", "missed gold relations:"] + missedRelations.map { "  " + $0 }
            lines += ["", "wrong output relations:"] + wrongRelations.map { "  " + $0 }
        }
        lines.append("entities P=\(fixed(entities.precision)) R=\(fixed(entities.recall)) F1=\(fixed(entities.f1)) "
                     + "relations P=\(fixed(relations.precision)) R=\(fixed(relations.recall)) F1=\(fixed(relations.f1))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Two decimals, left-padded to `width` like Python's `{:5.2f}`.
    private func fixed(_ value: Double, width: Int = 0) -> String {
        let hundredths = Int((value * 100).rounded())
        let text = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
