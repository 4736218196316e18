/// What `QueryEvaluator` runs: the query's nodes as numbered slots (names already resolved
/// to entity positions), and the steps in the order the planner chose.
///
/// `description` is the plan `kg query --explain` prints.
public struct QueryPlan: Sendable, CustomStringConvertible {
    /// One node of the patterns: a variable (shared by all its uses), `?`, `_` or a named entity.
    public struct Slot: Sendable {
        /// How the node was written (`?r`, `_`, `"Okafor"`).
        public var label: String
        /// The kind filter, if any.
        public var kind: EntityKind?
        /// The entity a named node resolved to.
        public var fixed: Int?
        /// That entity's name and kind, for `--explain`.
        public var resolvedName: String?
    }

    /// An edge to follow from a bound slot, in the direction of travel.
    public struct Traversal: Sendable {
        /// The slot already bound when this step runs.
        public var from: Int
        /// The slot this step binds (or checks, when already bound).
        public var to: Int
        /// True to follow relations subject → object from `from`, false to follow them backwards.
        public var forward: Bool
        /// Allowed predicates; empty means any.
        public var predicates: [Predicate]
        /// Fewest and most relations spanned.
        public var hops: ClosedRange<Int>
    }

    /// A condition with its variable resolved to a slot (nil: a relation attribute).
    public struct Condition: Sendable {
        /// The slot whose entity the condition tests; nil to test the row's relations.
        public var slot: Int?
        /// The attribute tested.
        public var attribute: String
        /// The comparison.
        public var comparison: Query.Comparison
        /// The value compared against.
        public var value: String
    }

    /// What the planner expects a step to cost, shown by `--explain`.
    public enum Estimate: Sendable, Equatable {
        /// Nothing to show (a check).
        case none
        /// The step binds this many entities (1 for a named node, the kind's size for a scan).
        case entities(Int)
        /// The step follows this many relations, read from the index of a named node.
        case relations(Int)
        /// The step follows about this many relations for each row so far (the average degree).
        case perRow(Int)

        /// The estimate as `--explain` prints it, or "" for none.
        public var description: String {
            switch self {
            case .none: return ""
            case .entities(let count): return count == 1 ? "1 entity" : "\(count) entities"
            case .relations(let count): return count == 1 ? "1 relation" : "\(count) relations"
            case .perRow(let count): return "~\(count) per row"
            }
        }
    }

    /// One step of the plan.
    public enum Step: Sendable {
        /// Bind a slot on its own: its named entity, or every entity (of its kind) in turn.
        case bind(slot: Int)
        /// Follow an edge from a bound slot.
        case traverse(Traversal)
        /// Test an entity condition as soon as its slot is bound.
        case check(Condition)
    }

    /// The parsed query, shown by `--explain`.
    public var query: Query
    /// Every node slot.
    public var slots: [Slot]
    /// The steps, in execution order (empty for a path query).
    public var steps: [Step]
    /// Conditions on relation attributes, tested once a row is complete.
    public var relationConditions: [Condition]
    /// The slots returned as columns, in order of first appearance.
    public var returned: [Int]
    /// The column headers (`?`, `?r`, or `?1`, `?2` when there are several `?`).
    public var columns: [String]
    /// For a path query: the two ends and whether every shortest path is wanted.
    public var path: (from: Int, to: Int, all: Bool)?
    /// Each step's expected cost, parallel to `steps`, for `--explain`.
    public var estimates: [Estimate]

    /// The parsed query and the numbered steps, the text `--explain` prints.
    public var description: String {
        var lines = ["query: \(query)", "plan:"]
        if let path {
            let mode = path.all ? "every shortest path" : "one shortest path"
            lines.append("  1. breadth-first search for \(mode) from \(describe(path.from)) to \(describe(path.to)), "
                         + "over any predicate in either direction, at most \(QueryEvaluator.maximumPathLength) relations")
        }
        for (number, step) in steps.enumerated() {
            let text: String
            switch step {
            case .bind(let slot):
                text = slots[slot].fixed != nil ? "start at \(describe(slot))"
                    : "scan every \(slots[slot].kind?.rawValue ?? "entity") as \(slots[slot].label)"
            case .traverse(let traversal):
                let arrow = traversal.forward ? "->" : "<-"
                let predicates = traversal.predicates.isEmpty ? "*" : traversal.predicates.map(\.rawValue).joined(separator: "|")
                let hops = traversal.hops == 1...1 ? "" : "{\(traversal.hops.lowerBound),\(traversal.hops.upperBound)} breadth-first"
                let verb = isCheckOnly(step: number) ? "check" : "follow"
                text = "\(verb) \(slots[traversal.from].label) \(arrow) \(predicates)\(hops) \(arrow) \(slots[traversal.to].label)"
            case .check(let condition):
                text = "keep rows where \(describe(condition))"
            }
            let estimate = estimates[number].description
            lines.append("  \(number + 1). \(text)" + (estimate.isEmpty ? "" : "  [\(estimate)]"))
        }
        for condition in relationConditions {
            lines.append("  then keep rows where some relation has \(describe(condition))")
        }
        lines.append("returns: " + (query.count ? "the number of rows" : columns.isEmpty ? "whether the pattern matches" : columns.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }

    private func describe(_ slot: Int) -> String {
        guard let name = slots[slot].resolvedName else { return slots[slot].label }
        return "\(slots[slot].label) = \(name)"
    }

    private func describe(_ condition: Condition) -> String {
        let subject = condition.slot.map { "\(slots[$0].label).\(condition.attribute)" } ?? condition.attribute
        return "\(subject) \(condition.comparison.rawValue) \"\(condition.value)\""
    }

    /// True when the traversal at `step` only checks a relation between two bound slots.
    private func isCheckOnly(step: Int) -> Bool {
        guard case .traverse(let traversal) = steps[step] else { return false }
        return steps[..<step].contains { earlier in
            switch earlier {
            case .bind(let slot): return slot == traversal.to
            case .traverse(let other): return other.to == traversal.to
            case .check: return false
            }
        }
    }
}
