import Foundation
import Testing
@testable import KnowledgeGraph

@Suite struct FormatExportTests {
    private func temporaryFile(_ name: String, _ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kg-\(UUID().uuidString)-\(name)").path
        try AtomicFile.write(text, to: path)
        return path
    }

    @Test func jsonExportReadsBackThroughGraphOption() throws {
        for graph in [try ExportFixtures.gold(), try ExportFixtures.hostileGraph()] {
            let options = try ExportOptions.parse(["json"])
            let path = try temporaryFile("graph.json", try options.text(for: graph))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let again = try ExportOptions.parse(["json", "--graph", path]).graphSource().load()
            #expect(again.entities == graph.entities)
            #expect(again.relations == graph.relations)
        }
    }

    @Test(.enabled(if: ExternalTool.hasXmllint, "xmllint is not installed (apt-get install libxml2-utils); .ci/run installs it"))
    func graphMLIsWellFormedForEveryGraph() throws {
        for graph in [try ExportFixtures.gold(), try ExportFixtures.hostileGraph()] {
            let result = try ExternalTool.run("xmllint", ["--noout", "-"], input: GraphMLExporter.export(graph))
            #expect(result.status == 0, "xmllint: \(result.errors)")
        }
    }

    @Test func graphMLDeclaresKindsAttributesAndEvidence() throws {
        let xml = GraphMLExporter.export(try ExportFixtures.hostileGraph())
        #expect(xml.contains(#"<key id="node_kind" for="node" attr.name="kind" attr.type="string"/>"#))
        #expect(xml.contains(#"attr.name="odd key &quot;0&quot;""#))
        #expect(xml.contains(#"<data key="node_label">He said &quot;no&quot; \ &lt;b&gt;</data>"#))
        #expect(xml.contains(#"<data key="edge_evidence">[doc-1 0-10] Evidence: line one&#10;line two</data>"#))
        #expect(xml.contains(#"<data key="edge_confidence">0.75</data>"#))
    }

    @Test(.enabled(if: ExternalTool.hasRapper, "rapper is not installed (apt-get install raptor2-utils); .ci/run installs it"))
    func turtleAndNTriplesParseToTheSameTriples() throws {
        for graph in [try ExportFixtures.gold(), try ExportFixtures.hostileGraph()] {
            let exporter = RDFExporter()
            let expected = exporter.triples(graph).count
            let turtle = try ExternalTool.run("rapper", ["-i", "turtle", "-c", "-", RDFExporter.defaultBase], input: exporter.turtle(graph))
            let nTriples = try ExternalTool.run("rapper", ["-i", "ntriples", "-c", "-", RDFExporter.defaultBase], input: exporter.nTriples(graph))
            #expect(turtle.status == 0, "rapper turtle: \(turtle.errors)")
            #expect(nTriples.status == 0, "rapper ntriples: \(nTriples.errors)")
            #expect(turtle.errors.contains("returned \(expected) triples"), "\(turtle.errors)")
            #expect(nTriples.errors.contains("returned \(expected) triples"), "\(nTriples.errors)")
            // Round trip: rapper's N-Triples output of the Turtle equals ours, triple for triple.
            let reparsed = try ExternalTool.run("rapper", ["-i", "turtle", "-o", "ntriples", "-", RDFExporter.defaultBase], input: exporter.turtle(graph))
            #expect(Set(reparsed.output.split(separator: "\n")).count == expected)
        }
    }

    @Test func rdfUsesLabelsAltLabelsAndTwoNamespaces() throws {
        let turtle = RDFExporter(base: "http://x.org/").turtle(try ExportFixtures.gold())
        #expect(turtle.contains("@prefix e: <http://x.org/entity/> ."))
        #expect(turtle.contains("@prefix kg: <http://x.org/vocabulary/> ."))
        #expect(turtle.contains("e:louise-casey a kg:Person ;\n    rdfs:label \"Louise Casey\" ;\n    skos:altLabel \"Casey\", \"Miss Casey\" ;"))
        #expect(turtle.contains("e:louise-casey kg:authored e:casey-report ."))
        #expect(RDFTerm.quoted("a \"q\" \\ \n\u{1}é") == #""a \"q\" \\ \n\u0001é""#)
        #expect(RDFTerm.iriSegment("odd key \"0\"") == "odd%20key%20%220%22")
    }

    @Test func cypherEscapesStringsAndKeysAndMergesEverything() throws {
        #expect(CypherExporter.string(#"it's "x" \ "# + "\n") == #"'it\'s \"x\" \\ \n'"#)
        #expect(CypherExporter.key("odd `key`") == "`odd ``key```")
        let script = CypherExporter.export(try ExportFixtures.gold())
        let statements = script.split(separator: "\n").filter { !$0.hasPrefix("//") }
        #expect(statements.count == 1 + 100 + 159)
        #expect(statements.allSatisfy { $0.hasSuffix(";") })
        #expect(script.contains("MERGE (e:Entity {id: 'louise-casey'}) SET e:Person, e.`name` = 'Louise Casey', e.`kind` = 'person', e.`aliases` = ['Casey', 'Miss Casey'], e.`role` = 'director-general for troubled families';"))
        #expect(script.contains("MERGE (s)-[r:RESIGNED_FROM]->(o)"))
    }

    @Test func everyFormatIsDeterministic() throws {
        let graph = try ExportFixtures.gold()
        for format in ExportFormat.allCases {
            #expect(format.text(of: graph, dot: DOTOptions(), base: RDFExporter.defaultBase)
                == format.text(of: try ExportFixtures.gold(), dot: DOTOptions(), base: RDFExporter.defaultBase))
        }
    }
}
