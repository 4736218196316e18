import Testing
@testable import KnowledgeGraph

/// The hard bounds on results and searches cut the answer short and say so.
@Suite struct SearchBoundTests {
    /// Bodies b0…b(n-1) with a part_of relation for every (from, to) pair given.
    private func bodies(_ count: Int, links: [(Int, Int)]) throws -> Graph {
        let entities = (0..<count).map { Entity(id: "b\($0)", kind: .body, name: "Body \($0)") }
        let relations = links.map { Relation(subject: "b\($0.0)", predicate: .partOf, object: "b\($0.1)") }
        return try Graph(documents: [], entities: entities, relations: relations)
    }

    @Test func tooManyRowsStopTheSearchWithANotice() throws {
        let graph = try bodies(101, links: [])
        let result = try QueryRunner(graph: graph).result(of: "?a, ?b")
        #expect(result.rows.count == QueryEvaluator.maximumRows)
        #expect(result.notices == ["stopped after 10000 rows (the bound on results); add 'limit' or 'count', or narrow the pattern"])
    }

    @Test func aPathLongerThanTheBoundIsNotSearched() throws {
        let chain = try bodies(12, links: (0..<11).map { ($0, $0 + 1) })
        let tooFar = try QueryRunner(graph: chain).result(of: "path \"Body 0\" .. \"Body 11\"")
        #expect(tooFar.rows.isEmpty)
        #expect(tooFar.notices == ["no path of at most 10 relations (the bound on path length); a longer one may exist"])
        let justInReach = try QueryRunner(graph: chain).result(of: "path \"Body 1\" .. \"Body 11\"")
        #expect(justInReach.rows.first?.edges.count == 10)
    }

    @Test func everyShortestPathStopsAtTheBoundOnPaths() throws {
        // Five stages of three parallel branches: 3^5 = 243 shortest paths, 10 relations long.
        var links: [(Int, Int)] = []
        for stage in 0..<5 {
            let top = stage * 4
            links += (1...3).flatMap { branch in [(top, top + branch), (top + branch, top + 4)] }
        }
        let result = try QueryRunner(graph: try bodies(21, links: links)).result(of: "path \"Body 0\" .. \"Body 20\" all")
        #expect(result.rows.count == QueryEvaluator.maximumPaths)
        #expect(result.notices == ["showing the first 100 shortest paths (the bound on paths); there may be more"])
    }

    @Test func aVariableLengthEdgeStopsAfterTheBoundOnEntitiesReached() throws {
        let star = try bodies(10_002, links: (1...10_001).map { ($0, 0) })
        let result = try QueryRunner(graph: star).result(of: "\"Body 0\" <- part_of{1,2} <- ? count")
        #expect(result.count == QueryEvaluator.maximumRows)
        #expect(result.notices.contains("a variable-length edge stopped after reaching 10000 entities (the bound on a search); narrow its predicates or hops"))
    }
}
