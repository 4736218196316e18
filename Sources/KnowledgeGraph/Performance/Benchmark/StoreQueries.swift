/// The benchmark's queries written directly against the `Graph` indexes: the floor that
/// any query engine on top of the store can approach, and the reference the query-engine
/// figures are compared with.
enum StoreQueries {
    /// `name -> predicate -> ?`: the names of the objects.
    static func oneHop(_ graph: Graph, from name: String, _ predicate: Predicate) -> [String] {
        var results: [String] = []
        for subject in graph.positions(named: name) {
            for relation in graph.outgoing(from: subject, predicate) { results.append(graph.name(of: graph.object(of: relation))) }
        }
        return results
    }

    /// `name -> * -> ? -> member_of -> ?`: (middle, end) name pairs.
    static func twoHops(_ graph: Graph, from name: String) -> [(String, String)] {
        var results: [(String, String)] = []
        for subject in graph.positions(named: name) {
            for first in graph.outgoing(from: subject) {
                let middle = graph.object(of: first)
                for second in graph.outgoing(from: middle, .memberOf) {
                    results.append((graph.name(of: middle), graph.name(of: graph.object(of: second))))
                }
            }
        }
        return results
    }

    /// A shortest path between two entities, following relations in either direction:
    /// a bidirectional breadth-first search that always grows the side with fewer edges to
    /// scan, so a path through a hub is found without scanning the hub's edges.
    static func shortestPath(_ graph: Graph, from start: Int, to goal: Int) -> [Int]? {
        if start == goal { return [start] }
        var parents = [[start: start], [goal: goal]]
        var frontiers = [[start], [goal]]
        func cost(_ frontier: [Int]) -> Int { frontier.reduce(0) { $0 + graph.outgoing(from: $1).count + graph.incoming(to: $1).count } }
        while !frontiers[0].isEmpty, !frontiers[1].isEmpty {
            let side = cost(frontiers[0]) <= cost(frontiers[1]) ? 0 : 1
            var next: [Int] = []
            func reach(_ neighbour: Int, from node: Int) -> Bool {
                guard parents[side][neighbour] == nil else { return false }
                parents[side][neighbour] = node
                next.append(neighbour)
                return parents[1 - side][neighbour] != nil
            }
            for node in frontiers[side] {
                for relation in graph.outgoing(from: node) where reach(graph.object(of: relation), from: node) {
                    return path(through: graph.object(of: relation), parents)
                }
                for relation in graph.incoming(to: node) where reach(graph.subject(of: relation), from: node) {
                    return path(through: graph.subject(of: relation), parents)
                }
            }
            frontiers[side] = next
        }
        return nil
    }

    private static func path(through meeting: Int, _ parents: [[Int: Int]]) -> [Int] {
        var forward = [meeting], node = meeting
        while parents[0][node]! != node { node = parents[0][node]!; forward.append(node) }
        var backward: [Int] = []
        node = meeting
        while parents[1][node]! != node { node = parents[1][node]!; backward.append(node) }
        return forward.reversed() + backward
    }
}
