/// Turns a parsed `Query` into a `QueryPlan` for one graph: resolves every name once,
/// numbers the nodes, and orders the steps so evaluation starts from the most selective
/// anchored node and always walks outward from what is already bound.
///
/// The cost model is deliberately small: a named node's fan-out is read exactly from the
/// adjacency index; an unbound node's fan-out is the graph's average degree; a node with no
/// anchor is scanned (by kind when it has one). Nothing here scans the relations.
public struct QueryPlanner {
    private let graph: Graph
    private let resolver: EntityResolver

    /// Plans queries against `graph`.
    public init(graph: Graph) {
        self.graph = graph
        self.resolver = EntityResolver(graph: graph)
    }

    private struct Link {
        var left: Int, right: Int
        var edge: Query.Edge
    }

    /// The plan; unknown, ambiguous or contradictory names are errors pointing at the node.
    public func plan(_ query: Query) throws(QueryError) -> QueryPlan {
        var slots: [QueryPlan.Slot] = []
        var slotByVariable: [String: Int] = [:]
        var returned: [Int] = []
        var links: [Link] = []
        var lone: [Int] = []

        func slot(for node: Query.Node) throws(QueryError) -> Int {
            if let name = node.variableName, let existing = slotByVariable[name] {
                if let kind = node.kind {
                    if let earlier = slots[existing].kind, earlier != kind {
                        throw QueryError("?\(name) is filtered as \(earlier.rawValue) earlier and as \(kind.rawValue) here; a variable has one kind", at: node.range)
                    }
                    slots[existing].kind = kind
                }
                return existing
            }
            var new = QueryPlan.Slot(label: node.description, kind: node.kind)
            switch node.term {
            case .name(let name):
                let position = try resolver.resolve(name, kind: node.kind, at: node.range)
                new.fixed = position
                new.resolvedName = "\(graph.name(of: position)) (\(graph.kind(of: position).rawValue))"
            case .variable(let name):
                returned.append(slots.count)
                if let name { slotByVariable[name] = slots.count }
            case .hidden:
                break
            }
            slots.append(new)
            return slots.count - 1
        }

        let patterns: [Query.Pattern], conditions: [Query.Condition]
        switch query.body {
        case .path(let from, let to, let all):
            let fromSlot = try slot(for: from), toSlot = try slot(for: to)
            return QueryPlan(query: query, slots: slots, steps: [], relationConditions: [], returned: [], columns: ["path"],
                             path: (fromSlot, toSlot, all), estimates: [])
        case .match(let matchPatterns, let matchConditions):
            patterns = matchPatterns
            conditions = matchConditions
        }
        for pattern in patterns {
            var left = try slot(for: pattern.start)
            if pattern.steps.isEmpty { lone.append(left) }
            for step in pattern.steps {
                let right = try slot(for: step.node)
                links.append(Link(left: left, right: right, edge: step.edge))
                left = right
            }
        }
        let planned = conditions.map { QueryPlan.Condition(slot: $0.variable.flatMap { slotByVariable[$0] }, attribute: $0.attribute,
                                                           comparison: $0.comparison, value: $0.value) }
        var plan = QueryPlan(query: query, slots: slots, steps: [], relationConditions: planned.filter { $0.slot == nil },
                             returned: returned, columns: columnNames(returned.map { slots[$0].label }), path: nil, estimates: [])
        order(&plan, links: links, lone: lone, conditions: planned.filter { $0.slot != nil })
        return plan
    }

    /// Several anonymous `?` become `?1`, `?2`, … so every column has its own header.
    private func columnNames(_ labels: [String]) -> [String] {
        let anonymous = labels.filter { $0 == "?" || $0.hasPrefix("?:") }.count
        var number = 0
        return labels.map { label in
            let base = label.split(separator: ":", maxSplits: 1).first.map(String.init) ?? label
            guard base == "?", anonymous > 1 else { return base }
            number += 1
            return "?\(number)"
        }
    }

    /// Greedy ordering: bind the named nodes (fewest relations first), then repeatedly take the
    /// cheapest edge leaving a bound node (an edge between two bound nodes, a mere check, first);
    /// when none is left, scan the smallest unbound node.
    private func order(_ plan: inout QueryPlan, links: [Link], lone: [Int], conditions: [QueryPlan.Condition]) {
        var bound = [Bool](repeating: false, count: plan.slots.count)
        var pending = conditions
        var remaining = links
        func bind(_ slot: Int, estimate: QueryPlan.Estimate) {
            bound[slot] = true
            plan.steps.append(.bind(slot: slot))
            plan.estimates.append(estimate)
            checks(for: slot)
        }
        func checks(for slot: Int) {
            guard !pending.isEmpty else { return }
            for condition in pending where condition.slot == slot {
                plan.steps.append(.check(condition))
                plan.estimates.append(.none)
            }
            pending.removeAll { $0.slot == slot }
        }
        var anchors = plan.slots.indices.filter { plan.slots[$0].fixed != nil }
        if anchors.count > 1 {
            let costs = anchors.map { anchor in
                links.compactMap { traversal(of: $0, from: anchor) }.map { fanOut(of: $0, in: plan) }.min() ?? 0
            }
            anchors = anchors.indices.sorted { (costs[$0], anchors[$0]) < (costs[$1], anchors[$1]) }.map { anchors[$0] }
        }
        for anchor in anchors { bind(anchor, estimate: .entities(1)) }
        while true {
            var best: (link: Int, traversal: QueryPlan.Traversal, cost: Int)?
            for (index, link) in remaining.enumerated() {
                for start in [link.left, link.right] where bound[start] {
                    guard let traversal = traversal(of: link, from: start) else { continue }
                    let cost = bound[traversal.to] ? -1 : fanOut(of: traversal, in: plan)
                    if best == nil || cost < best!.cost { best = (index, traversal, cost) }
                }
            }
            if let best {
                plan.steps.append(.traverse(best.traversal))
                plan.estimates.append(best.cost < 0 ? .none
                                      : plan.slots[best.traversal.from].fixed != nil ? .relations(best.cost) : .perRow(best.cost))
                remaining.remove(at: best.link)
                if !bound[best.traversal.to] {
                    bound[best.traversal.to] = true
                    checks(for: best.traversal.to)
                }
                continue
            }
            let unbound = Set(remaining.flatMap { [$0.left, $0.right] } + lone).filter { !bound[$0] }
            guard let scan = unbound.map({ (size: scanSize(of: $0, in: plan), slot: $0) }).min(by: { ($0.size, $0.slot) < ($1.size, $1.slot) })
            else { break }
            bind(scan.slot, estimate: .entities(scan.size))
        }
    }

    /// The traversal of `link` starting at `start`, or nil when `start` is not one of its ends.
    private func traversal(of link: Link, from start: Int) -> QueryPlan.Traversal? {
        guard start == link.left || start == link.right else { return nil }
        let outward = start == link.left
        return QueryPlan.Traversal(from: start, to: outward ? link.right : link.left,
                                   forward: link.edge.forward == outward, predicates: link.edge.predicates,
                                   hops: link.edge.minHops...link.edge.maxHops)
    }

    /// Relations one step of `traversal` may follow: exact from a named node, else the average degree.
    private func fanOut(of traversal: QueryPlan.Traversal, in plan: QueryPlan) -> Int {
        let predicates: [Predicate?] = traversal.predicates.isEmpty ? [nil] : traversal.predicates
        guard let entity = plan.slots[traversal.from].fixed else {
            let average = Double(graph.relations.count) / Double(max(1, graph.entities.count))
            let share = traversal.predicates.isEmpty ? 1 : Double(traversal.predicates.count) / Double(Predicate.allCases.count)
            return max(1, Int((average * share).rounded(.up))) * traversal.hops.upperBound
        }
        let first = predicates.reduce(0) { total, predicate in
            total + (traversal.forward ? graph.outgoing(from: entity, predicate).count : graph.incoming(to: entity, predicate).count)
        }
        return first * traversal.hops.upperBound
    }

    /// How many entities a scan of `slot` visits: those of its kind, or all.
    private func scanSize(of slot: Int, in plan: QueryPlan) -> Int {
        guard let kind = plan.slots[slot].kind else { return graph.entities.count }
        return graph.entities.indices.count { graph.kind(of: $0) == kind }
    }
}
