extension Benchmark {
    /// Query latencies on the generated graph — one hop and two hops from a hub and from
    /// typical nodes, shortest paths between 20 fixed random pairs — each over `queryRuns`
    /// runs: first through the query engine (`QueryRunner`: parse, plan, evaluate, results
    /// sorted), then written directly against the store's indexes (`StoreQueries`), the floor
    /// the engine can approach.
    func queryFigures(graph: Graph) throws -> [BenchmarkFigure] {
        progress("querying the graph (\(configuration.queryRuns) runs per figure)")
        var random = SeededRandom(seed: 7)
        let entities = graph.entities.indices
        let hub = entities.max { graph.outgoing(from: $0, .recommended).count < graph.outgoing(from: $1, .recommended).count }!
        let fanOut = entities.max { graph.outgoing(from: $0).count < graph.outgoing(from: $1).count }!
        let recommenders = entities.filter { !graph.outgoing(from: $0, .recommended).isEmpty }
        let linked = entities.filter { !graph.outgoing(from: $0).isEmpty }
        let typical = (0..<100).map { _ in recommenders.randomElement(using: &random)! }
        let typicalLinked = (0..<100).map { _ in linked.randomElement(using: &random)! }
        let pairs = (0..<20).map { _ in (linked.randomElement(using: &random)!, linked.randomElement(using: &random)!) }
        let runner = QueryRunner(graph: graph)
        func quoted(_ entity: Int) -> String { "\"\(graph.name(of: entity))\"" }
        let oneHop = { (entity: Int) in "\(quoted(entity)) -> recommended -> ?" }
        let twoHops = { (entity: Int) in "\(quoted(entity)) -> * -> ? -> member_of -> ?" }
        let path = { (pair: (Int, Int)) in "path \(quoted(pair.0)) .. \(quoted(pair.1))" }
        let hubResults = try runner.result(of: oneHop(hub)).rows.count
        let fanOutResults = try runner.result(of: twoHops(fanOut)).rows.count

        var figures: [BenchmarkFigure] = []
        func measure(_ name: String, _ targets: [BenchmarkFigure.Target], engine: (Int) throws -> Void, store: (Int) -> Void) rethrows {
            var turn = 0
            figures.append(BenchmarkFigure(section: "query", name: name, unit: "µs",
                                           samples: try samples(configuration.queryRuns, scale: 1e6) { try engine(turn); turn += 1 },
                                           targets: targets))
            turn = 0
            figures.append(BenchmarkFigure(section: "store", name: name, unit: "µs",
                                           samples: samples(configuration.queryRuns, scale: 1e6) { store(turn); turn += 1 }))
        }
        try measure("one hop, typical node (X -> recommended -> ?)", [.init(.median, 3)],
                    engine: { _ = try runner.result(of: oneHop(typical[$0 % typical.count])) },
                    store: { _ = StoreQueries.oneHop(graph, from: graph.name(of: typical[$0 % typical.count]), .recommended) })
        try measure("one hop, hub (\(hubResults) results)", [.init(.median, 3_000)],
                    engine: { _ in _ = try runner.result(of: oneHop(hub)) },
                    store: { _ in _ = StoreQueries.oneHop(graph, from: graph.name(of: hub), .recommended) })
        try measure("two hops, typical node (X -> * -> ? -> member_of -> ?)", [.init(.median, 20)],
                    engine: { _ = try runner.result(of: twoHops(typicalLinked[$0 % typicalLinked.count])) },
                    store: { _ = StoreQueries.twoHops(graph, from: graph.name(of: typicalLinked[$0 % typicalLinked.count])) })
        try measure("two hops, hub (\(fanOutResults) results)", [.init(.median, 20_000)],
                    engine: { _ in _ = try runner.result(of: twoHops(fanOut)) },
                    store: { _ in _ = StoreQueries.twoHops(graph, from: graph.name(of: fanOut)) })
        try measure("shortest path, 20 fixed random pairs", [.init(.median, 100), .init(.p95, 3_000)],
                    engine: { _ = try runner.result(of: path(pairs[$0 % pairs.count])) },
                    store: { _ = StoreQueries.shortestPath(graph, from: pairs[$0 % pairs.count].0, to: pairs[$0 % pairs.count].1) })
        return figures
    }
}
