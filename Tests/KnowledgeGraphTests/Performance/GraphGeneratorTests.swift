import Testing
@testable import KnowledgeGraph

@Suite struct GraphGeneratorTests {
    @Test func sameSeedGivesTheSameGraphAndAnotherSeedAnother() throws {
        let first = try GraphGenerator(entities: 300, relations: 1_000, seed: 4).edgeList()
        #expect(try GraphGenerator(entities: 300, relations: 1_000, seed: 4).edgeList() == first)
        #expect(try GraphGenerator(entities: 300, relations: 1_000, seed: 5).edgeList() != first)
    }

    @Test func graphHasTheRequestedSizeAndRespectsTheSchema() throws {
        let graph = try GraphGenerator(entities: 500, relations: 3_000, seed: 1).edgeList().graph(rule: "generated")
        #expect(graph.entities.count == 500)
        #expect(graph.relations.count == 3_000)
        for relation in graph.relations.indices {
            let predicate = graph.predicate(of: relation)
            #expect(predicate.subjectKinds.contains(graph.kind(of: graph.subject(of: relation))))
            #expect(predicate.objectKinds.contains(graph.kind(of: graph.object(of: relation))))
        }
    }

    @Test func skewedEndpointsMakeHubs() throws {
        let graph = try GraphGenerator(entities: 2_000, relations: 10_000, seed: 1).edgeList().graph(rule: "generated")
        let degrees = graph.entities.indices.map { graph.outgoing(from: $0).count + graph.incoming(to: $0).count }
        // With Zipf exponent 1.2 the busiest entity holds about a fifth of all edge ends.
        #expect(degrees.max()! > 2 * 10_000 / 10)
    }

    @Test func nonsenseSizesAreRefusedWithAMessage() {
        #expect(throws: GeneratorError("--entities must be from 2 to \(GraphGenerator.maximumEntities), not 0")) {
            _ = try GraphGenerator(entities: 0, relations: 10, seed: 1)
        }
        #expect(throws: GeneratorError.self) { _ = try GraphGenerator(entities: 10, relations: -1, seed: 1) }
        #expect(throws: GeneratorError.self) { _ = try GraphGenerator(entities: 3, relations: 10_000, seed: 1).edgeList() }
    }
}
