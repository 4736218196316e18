import Testing
@testable import KnowledgeGraph

@Suite struct GraphSelectionTests {
    /// a → b → c → d, plus a report r written by a.
    private func chain() throws -> Graph {
        try Graph(documents: [Document(id: "d1", path: "d1.txt", title: "One"), Document(id: "d2", path: "d2.txt", title: "Two")],
                  entities: [Entity(id: "a", kind: .person, name: "Anna Field", aliases: ["Field"]),
                             Entity(id: "b", kind: .body, name: "Bexley Council"),
                             Entity(id: "c", kind: .body, name: "Cabinet of Bexley"),
                             Entity(id: "d", kind: .place, name: "Dartford"),
                             Entity(id: "r", kind: .report, name: "Field Report")],
                  relations: [Relation(subject: "a", predicate: .leads, object: "b", evidence: [Evidence(doc: "d1", start: 0, end: 5, text: "x")]),
                              Relation(subject: "c", predicate: .partOf, object: "b"),
                              Relation(subject: "c", predicate: .locatedIn, object: "d", evidence: [Evidence(doc: "d2", start: 0, end: 5, text: "y")]),
                              Relation(subject: "a", predicate: .authored, object: "r")])
    }

    private func ids(_ graph: Graph) -> [String] { graph.entities.map(\.id) }

    @Test func subgraphKeepsRelationEndsAndCitedDocumentsOnly() throws {
        let graph = try chain()
        let sub = graph.subgraph(entities: [], relations: [graph.outgoing(from: graph.position(ofID: "a")!, .leads).lowerBound])
        #expect(ids(sub) == ["a", "b"])
        #expect(sub.relations.map(\.predicate) == [.leads])
        #expect(sub.documents.map(\.id) == ["d1"])
        #expect(ids(graph.subgraph(inducedBy: [graph.position(ofID: "b")!, graph.position(ofID: "c")!])) == ["b", "c"])
        #expect(graph.subgraph(inducedBy: [graph.position(ofID: "b")!, graph.position(ofID: "c")!]).relations.count == 1)
    }

    @Test func egoNetworkFollowsRelationsBothWaysToTheDepth() throws {
        let graph = try chain()
        #expect(ids(try GraphSelection(around: ["Bexley Council"], depth: 1).apply(to: graph)) == ["a", "b", "c"])
        #expect(ids(try GraphSelection(around: ["Bexley Council"], depth: 2).apply(to: graph)) == ["a", "b", "c", "d", "r"])
        #expect(ids(try GraphSelection(around: ["Dartford"], depth: 0).apply(to: graph)) == ["d"])
    }

    @Test func kindsAndPredicatesNarrowTheGraph() throws {
        let graph = try chain()
        let bodies = try GraphSelection(kinds: [.body, .place]).apply(to: graph)
        #expect(ids(bodies) == ["b", "c", "d"])
        #expect(bodies.relations.count == 2)
        #expect(ids(try GraphSelection(predicates: [.authored]).apply(to: graph)) == ["a", "r"])
        #expect(ids(try GraphSelection(around: ["Anna Field"], depth: 3, predicates: [.leads, .partOf]).apply(to: graph)) == ["a", "b", "c"])
        #expect(throws: SelectionError.self) { try GraphSelection(around: ["Dartford"], kinds: [.body]).apply(to: graph) }
    }

    @Test func namesResolveByAliasThenByWholeWords() throws {
        let graph = try chain()
        #expect(try EntityLookup.resolve("field", in: graph) == graph.position(ofID: "a"))
        #expect(try EntityLookup.resolve("Dartford", in: graph) == graph.position(ofID: "d"))
        #expect(try EntityLookup.resolve("cabinet", in: graph) == graph.position(ofID: "c"))
        #expect(throws: LookupError.ambiguous("Bexley", candidates: ["Bexley Council (body)", "Cabinet of Bexley (body)"])) {
            try EntityLookup.resolve("Bexley", in: graph)
        }
        #expect(throws: LookupError.unknown("Dartfrod", suggestions: ["Dartford"])) { try EntityLookup.resolve("Dartfrod", in: graph) }
        #expect(LookupError.unknown("Dartfrod", suggestions: ["Dartford"]).description == "no entity is called 'Dartfrod'; did you mean 'Dartford'?")
    }

    @Test func unknownAroundNameSuggestsOnTheGoldGraph() throws {
        let graph = try ExportFixtures.gold()
        do {
            _ = try GraphSelection(around: ["Louise Cassey"]).apply(to: graph)
            Issue.record("an unknown name must be an error")
        } catch let error as LookupError {
            #expect(error.description.contains("did you mean 'Louise Casey'"))
        }
    }
}
