/// Runs a `QueryPlan` over a graph's adjacency indexes and returns a `QueryResult`.
///
/// Evaluation is a depth-first join over the plan's steps on `Int` entity and relation
/// positions: a named node is bound once, an edge is followed through `Graph.outgoing` or
/// `Graph.incoming`, and only an unanchored node is scanned. Variable-length edges
/// (`PathSearch`) and `path` queries are breadth-first with hard bounds; when a bound cuts
/// the search the result carries a notice saying so.
public struct QueryEvaluator {
    /// The most rows a query may produce before the search stops.
    public static let maximumRows = 10_000
    /// The longest path `path A .. B` looks for, in relations.
    public static let maximumPathLength = 10
    /// The most paths `path A .. B all` returns.
    public static let maximumPaths = 100

    private let graph: Graph

    /// Evaluates plans against `graph` (the graph they were planned for).
    public init(graph: Graph) {
        self.graph = graph
    }

    /// The rows of `plan`, sorted by the returned entities' names, with `distinct`, `limit`
    /// and `count` applied.
    public func evaluate(_ plan: QueryPlan) -> QueryResult {
        if let path = plan.path {
            let search = PathSearch(graph: graph)
            let (rows, notices) = search.shortestPaths(from: plan.slots[path.from].fixed!, to: plan.slots[path.to].fixed!,
                                                       limit: path.all ? QueryEvaluator.maximumPaths : 1)
            return finish(rows, plan: plan, notices: notices, isPath: true)
        }
        var matcher = Matcher(graph: graph, plan: plan)
        matcher.match(from: 0)
        return finish(matcher.rows, plan: plan, notices: matcher.notices, isPath: false)
    }

    /// Sorts, deduplicates, counts and cuts; a plain path query keeps the first shortest path.
    ///
    /// Rows are ordered by their entities' positions, which is the order of their ids — slugs of
    /// their names, so the order is alphabetical in all but punctuation — then by the relations
    /// used; shorter paths come first. Comparing integers keeps sorting off the string data.
    private func finish(_ found: [QueryRow], plan: QueryPlan, notices: [String], isPath: Bool) -> QueryResult {
        var rows = found.sorted { a, b in
            if a.values.count != b.values.count { return a.values.count < b.values.count }
            if a.values != b.values { return a.values.lexicographicallyPrecedes(b.values) }
            return a.edges.lexicographicallyPrecedes(b.edges)
        }
        if case .path(_, _, all: false) = plan.query.body { rows = Array(rows.prefix(1)) }
        if plan.query.distinct {
            var seen: Set<[Int]> = []
            rows = rows.filter { seen.insert($0.values).inserted }
        }
        let count = plan.query.count ? rows.count : nil
        if let limit = plan.query.limit, rows.count > limit { rows = Array(rows.prefix(limit)) }
        return QueryResult(columns: plan.query.count ? ["count"] : plan.columns, rows: rows, isPath: isPath, count: count, notices: notices)
    }
}

/// The depth-first join over a plan's steps; bindings and the relations used so far are
/// kept in two reusable arrays.
private struct Matcher {
    let graph: Graph
    let plan: QueryPlan
    var bindings: [Int]
    var edges: [Int] = []
    var rows: [QueryRow] = []
    var notices: [String] = []
    var stopped = false

    init(graph: Graph, plan: QueryPlan) {
        self.graph = graph
        self.plan = plan
        self.bindings = [Int](repeating: -1, count: plan.slots.count)
    }

    mutating func match(from step: Int) {
        guard !stopped else { return }
        guard step < plan.steps.count else { return emit() }
        switch plan.steps[step] {
        case .bind(let slot):
            if let fixed = plan.slots[slot].fixed {
                bindings[slot] = fixed
                match(from: step + 1)
                return
            }
            for position in graph.entities.indices where fits(position, slot) && !stopped {
                bindings[slot] = position
                match(from: step + 1)
            }
            bindings[slot] = -1
        case .check(let condition):
            if EntityAttributes.holds(condition, for: bindings[condition.slot!], in: graph) { match(from: step + 1) }
        case .traverse(let traversal) where traversal.hops == 1...1:
            let source = bindings[traversal.from]
            if traversal.predicates.isEmpty {
                follow(traversal, source, nil, step)
            } else {
                for predicate in traversal.predicates { follow(traversal, source, predicate, step) }
            }
        case .traverse(let traversal):
            let search = PathSearch(graph: graph)
            let (reached, notice) = search.reachable(from: bindings[traversal.from], traversal: traversal, bound: QueryEvaluator.maximumRows)
            if let notice, !notices.contains(notice) { notices.append(notice) }
            for (target, path) in reached where !stopped { arrive(at: target, via: path, traversal, step) }
        }
    }

    private mutating func follow(_ traversal: QueryPlan.Traversal, _ source: Int, _ predicate: Predicate?, _ step: Int) {
        if traversal.forward {
            for relation in graph.outgoing(from: source, predicate) where !stopped {
                arrive(at: graph.object(of: relation), via: CollectionOfOne(relation), traversal, step)
            }
        } else {
            for relation in graph.incoming(to: source, predicate) where !stopped {
                arrive(at: graph.subject(of: relation), via: CollectionOfOne(relation), traversal, step)
            }
        }
    }

    /// Binds (or checks) the traversal's target, records the relations used and goes on.
    private mutating func arrive<Path: Collection<Int>>(at target: Int, via path: Path, _ traversal: QueryPlan.Traversal, _ step: Int) {
        let wasBound = bindings[traversal.to] >= 0
        if wasBound {
            guard bindings[traversal.to] == target else { return }
        } else {
            guard fits(target, traversal.to) else { return }
            bindings[traversal.to] = target
        }
        edges.append(contentsOf: path)
        match(from: step + 1)
        edges.removeLast(path.count)
        if !wasBound { bindings[traversal.to] = -1 }
    }

    private func fits(_ entity: Int, _ slot: Int) -> Bool {
        guard let kind = plan.slots[slot].kind else { return true }
        return graph.kind(of: entity) == kind
    }

    private mutating func emit() {
        for condition in plan.relationConditions {
            let satisfied = edges.contains { relation in
                graph.relations[relation].attributes[condition.attribute].map {
                    AttributeComparison.holds($0, condition.comparison, condition.value)
                } ?? false
            }
            guard satisfied else { return }
        }
        rows.append(QueryRow(values: plan.returned.map { bindings[$0] }, edges: edges))
        if rows.count >= QueryEvaluator.maximumRows {
            stopped = true
            notices.append("stopped after \(QueryEvaluator.maximumRows) rows (the bound on results); add 'limit' or 'count', or narrow the pattern")
        }
    }
}
