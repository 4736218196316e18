extension Benchmark {
    /// Query latencies on the generated graph: one hop and two hops from a hub and from
    /// typical nodes, and shortest paths between 20 fixed random pairs, each over
    /// `queryRuns` runs, every result materialised as entity names.
    func queryFigures(graph: Graph) throws -> [BenchmarkFigure] {
        progress("querying the graph (\(configuration.queryRuns) runs per figure)")
        var random = SeededRandom(seed: 7)
        let entities = graph.entities.indices
        let hub = entities.max { graph.outgoing(from: $0, .recommended).count < graph.outgoing(from: $1, .recommended).count }!
        let hubFanOut = entities.max { graph.outgoing(from: $0).count < graph.outgoing(from: $1).count }!
        let recommenders = entities.filter { !graph.outgoing(from: $0, .recommended).isEmpty }
        let typical = (0..<100).map { _ in graph.name(of: recommenders.randomElement(using: &random)!) }
        let typicalAny = (0..<100).map { _ in graph.name(of: entities.filter { !graph.outgoing(from: $0).isEmpty }.randomElement(using: &random)!) }
        let pairs = (0..<20).map { _ in (Int.random(in: entities, using: &random), Int.random(in: entities, using: &random)) }
        let runs = configuration.queryRuns
        let hubName = graph.name(of: hub), fanOutName = graph.name(of: hubFanOut)
        let hubResults = StoreQueries.oneHop(graph, from: hubName, .recommended).count
        let twoHopResults = StoreQueries.twoHops(graph, from: fanOutName).count
        var turn = 0
        func next(_ names: [String]) -> String {
            turn += 1
            return names[turn % names.count]
        }
        return [
            BenchmarkFigure(section: "query", name: "one hop, typical node (X -> recommended -> ?)", unit: "µs",
                            samples: samples(runs, scale: 1e6) { _ = StoreQueries.oneHop(graph, from: next(typical), .recommended) },
                            targets: [.init(.median, 3)]),
            BenchmarkFigure(section: "query", name: "one hop, hub (\(hubResults) results)", unit: "µs",
                            samples: samples(runs, scale: 1e6) { _ = StoreQueries.oneHop(graph, from: hubName, .recommended) },
                            targets: [.init(.median, 3000)]),
            BenchmarkFigure(section: "query", name: "two hops, typical node (X -> * -> ? -> member_of -> ?)", unit: "µs",
                            samples: samples(runs, scale: 1e6) { _ = StoreQueries.twoHops(graph, from: next(typicalAny)) },
                            targets: [.init(.median, 20)]),
            BenchmarkFigure(section: "query", name: "two hops, hub (\(twoHopResults) results)", unit: "µs",
                            samples: samples(runs, scale: 1e6) { _ = StoreQueries.twoHops(graph, from: fanOutName) },
                            targets: [.init(.median, 20_000)]),
            BenchmarkFigure(section: "query", name: "shortest path, 20 fixed random pairs", unit: "µs",
                            samples: samples(runs, scale: 1e6) {
                                let pair = pairs[turn % pairs.count]
                                turn += 1
                                _ = StoreQueries.shortestPath(graph, from: pair.0, to: pair.1)
                            },
                            targets: [.init(.median, 100), .init(.p95, 3000)]),
        ]
    }
}
