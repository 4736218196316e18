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
    /// most `QueryEvaluator.maximumPathLength` relations long; all of them (up to `limit`) when
    /// `all`, else the first in name order. Each row lists the path's entities and relations.
    func shortestPaths(from start: Int, to goal: Int, all: Bool, limit: Int) -> (rows: [QueryRow], notices: [String]) {
        if start == goal { return ([QueryRow(values: [start], edges: [])], []) }
        var distance: [Int: Int] = [start: 0]
        var parents: [Int: [(entity: Int, relation: Int)]] = [:]
        var frontier = [start]
        var depth = 0
        while !frontier.isEmpty, distance[goal] == nil, depth < QueryEvaluator.maximumPathLength {
            depth += 1
            var next: [Int] = []
            for entity in frontier {
                for (relation, neighbour) in neighbours(of: entity, nil, forward: true) + neighbours(of: entity, nil, forward: false)
                where neighbour != entity {
                    if distance[neighbour] == nil {
                        distance[neighbour] = depth
                        next.append(neighbour)
                    }
                    if distance[neighbour] == depth { parents[neighbour, default: []].append((entity, relation)) }
                }
            }
            frontier = next
        }
        guard distance[goal] != nil else {
            let notice = depth >= QueryEvaluator.maximumPathLength && !frontier.isEmpty
                ? ["no path of at most \(QueryEvaluator.maximumPathLength) relations (the bound on path length); a longer one may exist"] : []
            return ([], notice)
        }
        var rows: [QueryRow] = []
        var cut = false
        var entities = [goal], relations: [Int] = []
        func walk(_ entity: Int) {
            guard !cut else { return }
            if entity == start {
                rows.append(QueryRow(values: entities.reversed(), edges: relations.reversed()))
                cut = rows.count >= limit
                return
            }
            for parent in parents[entity] ?? [] {
                entities.append(parent.entity)
                relations.append(parent.relation)
                walk(parent.entity)
                entities.removeLast()
                relations.removeLast()
            }
        }
        walk(goal)
        let notices = cut && all ? ["showing the first \(limit) shortest paths (the bound on paths); there may be more"] : []
        return (rows, notices)
    }
}
