import Foundation
import Testing
@testable import KnowledgeGraph

@Suite struct GraphSnapshotTests {
    private func goldGraph() throws -> Graph {
        let url = try #require(Bundle.module.url(forResource: "seeds.gold", withExtension: "json", subdirectory: "Fixtures"))
        return try GraphFile.load(url.path)
    }

    private func richGraph() throws -> Graph {
        let person = Entity(id: "anna-field", kind: .person, name: "Anna Field", aliases: ["Field", "Ms Field"],
                            attributes: ["role": "leader"], mentions: [Mention(doc: "d", start: 3, end: 13)])
        let body = Entity(id: "westshire-council", kind: .body, name: "Westshire Council é")
        let relation = Relation(subject: "anna-field", predicate: .leads, object: "westshire-council", attributes: ["role": "leader"],
                                confidence: 0.8, rule: "role-apposition",
                                evidence: [Evidence(doc: "d", start: 0, end: 30, text: "Council leader Anna Field said.")])
        return try Graph(documents: [Document(id: "d", path: "d.txt", title: "T")], entities: [body, person], relations: [relation])
    }

    private func temporaryPath(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-snapshot-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    @Test func roundTripKeepsEveryFieldAndIndex() throws {
        for graph in [try goldGraph(), try richGraph()] {
            let again = try GraphSnapshot.decode(GraphSnapshot.encode(graph))
            #expect(again.documents == graph.documents)
            #expect(again.entities == graph.entities)
            #expect(again.relations == graph.relations)
            #expect(GraphJSON.encode(again) == GraphJSON.encode(graph))
            for position in graph.entities.indices {
                #expect(Array(again.outgoing(from: position)) == Array(graph.outgoing(from: position)))
                #expect(Array(again.incoming(to: position)) == Array(graph.incoming(to: position)))
            }
        }
        let rich = try GraphSnapshot.decode(GraphSnapshot.encode(try richGraph()))
        #expect(rich.positions(named: "Ms Field") == [0])
    }

    @Test func graphFileChoosesTheFormatByExtension() throws {
        let graph = try richGraph()
        let snapshot = temporaryPath("graph.kgraph"), json = temporaryPath("graph.json")
        try GraphFile.save(graph, to: snapshot)
        try GraphFile.save(graph, to: json)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        #expect(bytes.prefix(7).dropFirst().elementsEqual("KGRAPH".utf8))
        #expect(try String(contentsOfFile: json, encoding: .utf8).hasPrefix("{"))
        #expect(try GraphFile.load(snapshot).relations == graph.relations)
        #expect(try GraphFile.load(json).relations == graph.relations)
    }

    private func loadError(_ bytes: Data) -> String {
        let path = temporaryPath("bad.kgraph")
        _ = FileManager.default.createFile(atPath: path, contents: bytes)
        do {
            _ = try GraphFile.load(path)
            return "loaded"
        } catch {
            return "\(error)"
        }
    }

    @Test func truncatedSnapshotIsReported() throws {
        let bytes = GraphSnapshot.encode(try goldGraph())
        #expect(loadError(bytes.prefix(bytes.count - 100)).contains("is truncated"))
        #expect(loadError(bytes.prefix(20)).contains("is truncated"))
    }

    @Test func flippedByteIsReportedAsCorrupt() throws {
        var bytes = GraphSnapshot.encode(try goldGraph())
        bytes[bytes.count / 2] ^= 0x40
        #expect(loadError(bytes).contains("is corrupt (the checksum does not match)"))
    }

    @Test func newerVersionIsReported() throws {
        var bytes = GraphSnapshot.encode(try goldGraph())
        bytes[8] = 9
        #expect(loadError(bytes).contains("written by a newer kg (snapshot format 9"))
    }

    @Test func jsonNamedKgraphIsNotTakenForASnapshot() {
        #expect(loadError(Data("{\"entities\": []}".utf8)).contains("it looks like JSON"))
    }
}
