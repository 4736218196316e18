import Testing
@testable import KnowledgeGraph

@Suite struct GraphTests {
    private func sample() throws -> Graph {
        var builder = GraphBuilder()
        builder.addDocument(Document(id: "a", path: "a.txt", title: "A"))
        let anna = builder.addEntity(kind: .person, name: "Anna Field", aliases: ["Field"])
        let shortAnna = builder.addEntity(kind: .person, name: "Ms Field")
        let council = builder.addEntity(kind: .body, name: "Westshire County Council")
        let report = builder.addEntity(kind: .report, name: "Field Report")
        builder.addRelation(subject: anna, object: report, Relation(subject: "", predicate: .authored, object: "", rule: "r1",
                                                                    evidence: [Evidence(doc: "a", start: 0, end: 5, text: "x")]))
        builder.addRelation(subject: shortAnna, object: report, Relation(subject: "", predicate: .authored, object: "", rule: "r2",
                                                                         evidence: [Evidence(doc: "a", start: 9, end: 12, text: "y")]))
        builder.addRelation(subject: anna, object: council, Relation(subject: "", predicate: .criticised, object: ""))
        builder.addRelation(subject: report, object: council, Relation(subject: "", predicate: .criticised, object: ""))
        return try builder.build()
    }

    @Test func titledShortFormMergesIntoFullName() throws {
        let graph = try sample()
        #expect(graph.entities.filter { $0.kind == .person }.count == 1)
        let anna = try #require(graph.entity(id: "anna-field"))
        #expect(anna.aliases == ["Field", "Ms Field"])
    }

    @Test func duplicateRelationsMergeEvidenceAndRules() throws {
        let graph = try sample()
        let authored = graph.relations.filter { $0.predicate == .authored }
        #expect(authored.count == 1)
        #expect(authored[0].evidence.count == 2)
        #expect(authored[0].rule == "r1,r2")
    }

    @Test func adjacencyIsIndexedPerPredicate() throws {
        let graph = try sample()
        let anna = try #require(graph.position(ofID: "anna-field"))
        let council = try #require(graph.position(ofID: "westshire-county-council"))
        #expect(graph.outgoing(from: anna).count == 2)
        #expect(graph.outgoing(from: anna, .authored).map { graph.relations[$0].object } == ["field-report"])
        #expect(graph.outgoing(from: anna, .leads).isEmpty)
        #expect(graph.incoming(to: council, .criticised).map { graph.relations[$0].subject } == ["anna-field", "field-report"])
        #expect(graph.positions(named: "ms field") == [anna])
    }

    @Test func relationToUnknownEntityIsAnError() {
        #expect(throws: GraphError.self) {
            _ = try Graph(documents: [], entities: [], relations: [Relation(subject: "a", predicate: .leads, object: "b")])
        }
    }

    @Test func idsAreUniqueAcrossKinds() throws {
        var builder = GraphBuilder()
        builder.addEntity(kind: .place, name: "Westshire")
        builder.addEntity(kind: .body, name: "Westshire")
        let graph = try builder.build()
        #expect(graph.entities.map(\.id) == ["westshire", "westshire-place"])
    }
}
