import Foundation
import Testing
@testable import KnowledgeGraph

@Suite struct GraphJSONTests {
    @Test func roundTripKeepsEverything() throws {
        let entity = Entity(id: "anna-field", kind: .person, name: "Anna \"Quoted\" Field", aliases: ["Field"],
                            attributes: ["role": "leader"], mentions: [Mention(doc: "d", start: 1, end: 5)])
        let report = Entity(id: "r", kind: .report, name: "Report é")
        let relation = Relation(subject: "anna-field", predicate: .authored, object: "r", attributes: ["date": "2015-02"],
                                confidence: 0.85, rule: "possessive-report",
                                evidence: [Evidence(doc: "d", start: 0, end: 9, text: "line\nbreak \\ slash")])
        let graph = try Graph(documents: [Document(id: "d", path: "d.txt", title: "T")], entities: [report, entity], relations: [relation])
        let text = GraphJSON.encode(graph)
        let again = try GraphJSON.decode(text)
        #expect(again.entities == graph.entities)
        #expect(again.relations == graph.relations)
        #expect(GraphJSON.encode(again) == text)
        #expect(text.hasPrefix("{\n  \"documents\""))
        #expect(text.contains("{\"id\": \"anna-field\"") == false) // entities with arrays are not squeezed onto a line
    }

    @Test func syntaxErrorsCarryLineAndColumn() {
        #expect(throws: GraphDecodingError(path: "", message: "line 2, column 14: expected ':' after the key \"relations\"")) {
            _ = try GraphJSON.decode("{\"entities\": [],\n \"relations\" []}")
        }
    }

    @Test func schemaErrorsNameTheElement() {
        let text = #"{"entities": [{"id": "a", "kind": "persn", "name": "A"}], "relations": []}"#
        #expect(throws: GraphDecodingError.self) { _ = try GraphJSON.decode(text) }
        do {
            _ = try GraphJSON.decode(text)
        } catch let error as GraphDecodingError {
            #expect(error.path == "entities[0].kind")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func atomicWriteRefusesAMissingFolder() {
        #expect(throws: FileError.self) { try AtomicFile.write("x", to: "/nonexistent-folder/graph.json") }
    }

    @Test func goldFileLoads() throws {
        let url = try #require(Bundle.module.url(forResource: "seeds.gold", withExtension: "json", subdirectory: "Fixtures"))
        let graph = try GraphFile.load(url.path)
        #expect(graph.entities.count == 100)
        #expect(graph.relations.count == 159)
    }
}
