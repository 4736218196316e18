/// Breadth-first searches over a graph's adjacency indexes, each with a visited set and a
/// hard bound: the entities a variable-length edge (`-> member_of{1,3} ->`) reaches, and the
/// shortest paths between two entities for `path A .. B`.
struct PathSearch {
    let graph: Graph

    /// Entities reached from `source` along the traversal's direction and predicates, each by
    /// its shortest route, whose distance lies in `traversal.hops`; with the relations of that
    /// route (source first). Stops, with a notice, once `bound` entities have been reached.
    func reachable(from source: Int, traversal: QueryPlan.Traversal, bound: Int) -> (reached: [(Int, [Int])], notice: String?) {
        var reachedBy: [Int: Int] = [source: -1]
        var frontier = [source]
        var reached: [(Int, [Int])] = []
        var notice: String?
        let predicates: [Predicate?] = traversal.predicates.isEmpty ? [nil] : traversal.predicates
        search: for depth in 1...traversal.hops.upperBound {
            var next: [Int] = []
            for entity in frontier {
                for predicate in predicates {
                    for (relation, neighbour) in neighbours(of: entity, predicate, forward: traversal.forward) where reachedBy[neighbour] == nil {
                        reachedBy[neighbour] = relation
                        next.append(neighbour)
                        if depth >= traversal.hops.lowerBound { reached.append((neighbour, route(to: neighbour, reachedBy, forward: traversal.forward))) }
                        if reachedBy.count > bound {
                            notice = "a variable-length edge stopped after reaching \(bound) entities (the bound on a search); narrow its predicates or hops"
                            break search
                        }
                    }
                }
            }
            frontier = next
            if frontier.isEmpty { break }
        }
        return (reached, notice)
    }

    /// The relations of the recorded route from the search's source to `target`, source first.
    private func route(to target: Int, _ reachedBy: [Int: Int], forward: Bool) -> [Int] {
        var relations: [Int] = []
        var entity = target
        while let relation = reachedBy[entity], relation >= 0 {
            relations.append(relation)
            entity = forward ? graph.subject(of: relation) : graph.object(of: relation)
        }
        return relations.reversed()
    }

    /// (relation, entity at its other end) for the relations leaving (`forward`) or entering `entity`.
    private func neighbours(of entity: Int, _ predicate: Predicate?, forward: Bool) -> [(Int, Int)] {
        forward ? graph.outgoing(from: entity, predicate).map { ($0, graph.object(of: $0)) }
            : graph.incoming(to: entity, predicate).map { ($0, graph.subject(of: $0)) }
    }

    /// The shortest paths from `start` to `goal` over any predicate in either direction, at
    /// most `QueryEvaluator.maximumPathLength` relations long: every one of them, up to `limit`.
    ///
    /// A bidirectional breadth-first search: each round expands, by one whole layer, the side
    /// whose frontier has fewer relations to follow (so a hub is crossed from its far side
    /// only when nothing cheaper is left), and stops at the first layer where the two sides meet. Then
    /// every shortest path crosses exactly one meeting entity, and is read as a route back to
    /// `start` (stepping to a neighbour one closer) joined to a route on to `goal`.
    func shortestPaths(from start: Int, to goal: Int, limit: Int) -> (rows: [QueryRow], notices: [String]) {
        if start == goal { return ([QueryRow(values: [start], edges: [])], []) }
        var fromStart: [Int: Int] = [start: 0], fromGoal: [Int: Int] = [goal: 0]
        var startFrontier = [start], goalFrontier = [goal]
        var meeting: [Int] = []
        var length = 0
        while meeting.isEmpty {
            guard !startFrontier.isEmpty, !goalFrontier.isEmpty else { return ([], []) }
            guard length < QueryEvaluator.maximumPathLength else {
                return ([], ["no path of at most \(QueryEvaluator.maximumPathLength) relations (the bound on path length); a longer one may exist"])
            }
            length += 1
            let firstOnly = limit == 1
            if expansionCost(startFrontier) <= expansionCost(goalFrontier) {
                startFrontier = expand(startFrontier, &fromStart, meeting: fromGoal, into: &meeting, firstOnly: firstOnly)
            } else {
                goalFrontier = expand(goalFrontier, &fromGoal, meeting: fromStart, into: &meeting, firstOnly: firstOnly)
            }
        }
        var rows: [QueryRow] = []
        for middle in meeting.sorted() where rows.count < limit {
            let backs = routes(from: middle, down: fromStart, limit: limit)
            let ons = routes(from: middle, down: fromGoal, limit: limit)
            for back in backs {
                for on in ons where rows.count < limit {
                    rows.append(QueryRow(values: back.entities.reversed() + on.entities.dropFirst(),
                                         edges: back.relations.reversed() + on.relations))
                }
            }
        }
        let notices = limit > 1 && rows.count >= limit ? ["showing the first \(limit) shortest paths (the bound on paths); there may be more"] : []
        return (rows, notices)
    }

    /// How many relations expanding `frontier` would read: the sum of its entities' degrees.
    private func expansionCost(_ frontier: [Int]) -> Int {
        frontier.reduce(0) { $0 + graph.outgoing(from: $1).count + graph.incoming(to: $1).count }
    }

    /// The next layer out from `frontier`, recording distances; entities the other side has
    /// already reached are added to `meeting`. With `firstOnly` (one path wanted) it stops at
    /// the first meeting, as the rest of the layer cannot give a shorter path.
    private func expand(_ frontier: [Int], _ distance: inout [Int: Int], meeting other: [Int: Int], into meeting: inout [Int],
                        firstOnly: Bool) -> [Int] {
        var next: [Int] = []
        let depth = distance[frontier[0]]! + 1
        for entity in frontier {
            forEachNeighbour(of: entity) { _, neighbour in
                guard distance[neighbour] == nil else { return true }
                distance[neighbour] = depth
                next.append(neighbour)
                if other[neighbour] != nil { meeting.append(neighbour) }
                return !(firstOnly && !meeting.isEmpty)
            }
            if firstOnly, !meeting.isEmpty { break }
        }
        return next
    }

    /// Every route (up to `limit`) from `entity` down to distance 0, each step to a neighbour
    /// one closer by `distance`; entities listed from `entity` on, with the relations between.
    private func routes(from entity: Int, down distance: [Int: Int], limit: Int) -> [(entities: [Int], relations: [Int])] {
        var found: [(entities: [Int], relations: [Int])] = []
        var entities = [entity], relations: [Int] = []
        func walk(_ current: Int) {
            let here = distance[current]!
            if here == 0 {
                found.append((entities, relations))
                return
            }
            forEachNeighbour(of: current) { relation, neighbour in
                guard distance[neighbour] == here - 1 else { return true }
                entities.append(neighbour)
                relations.append(relation)
                walk(neighbour)
                entities.removeLast()
                relations.removeLast()
                return found.count < limit
            }
        }
        walk(entity)
        return found
    }

    /// Calls `body(relation, neighbour)` for every relation touching `entity`, self-loops left
    /// out, until `body` returns false (so a search can stop inside a hub's relations).
    private func forEachNeighbour(of entity: Int, _ body: (Int, Int) -> Bool) {
        for relation in graph.outgoing(from: entity) where graph.object(of: relation) != entity {
            guard body(relation, graph.object(of: relation)) else { return }
        }
        for relation in graph.incoming(to: entity) where graph.subject(of: relation) != entity {
            guard body(relation, graph.subject(of: relation)) else { return }
        }
    }
}
