import Foundation
import Testing
@testable import KnowledgeGraph

@Suite struct DOTExporterTests {
    @Test func quotingEscapesOnlyWhatDOTInterprets() {
        #expect(DOTString.quoted(#"He said "no" \ <b>"#) == #""He said \"no\" \\ <b>""#)
        #expect(DOTString.quoted("a\r\nb\nc") == #""a\nb\nc""#)
        #expect(DOTString.quoted("AT&T") == #""AT&amp;T""#)
        #expect(DOTString.quoted("tab\there\u{7}") == #""tab here ""#)
        #expect(DOTString.quoted("Zoë 東京") == "\"Zoë 東京\"")
    }

    @Test func wrappingBreaksAtSpacesOnly() {
        #expect(DOTString.wrapped("Rotherham Metropolitan Borough Council", width: 22) == "Rotherham Metropolitan\nBorough Council")
        #expect(DOTString.wrapped("Supercalifragilisticexpialidocious x", width: 10) == "Supercalifragilisticexpialidocious\nx")
    }

    @Test func nodesAreSyntheticAndEveryValueIsQuoted() throws {
        let dot = DOTExporter.export(try ExportFixtures.hostileGraph())
        for line in dot.split(separator: "\n") where line.contains("[") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            #expect(trimmed.range(of: #"^(n\d+|n\d+ -> n\d+|legend\d+( -> legend\d+)*|graph|node|edge) \["#, options: .regularExpression) != nil, "\(trimmed)")
        }
        let outsideStrings = dot.replacingOccurrences(of: #""(\\.|[^"\\])*""#, with: "\"\"", options: .regularExpression)
        #expect(outsideStrings.contains("label=\"\""))
        for forbidden in ["URL", "href", "image", "shapefile", "fontpath"] {
            #expect(!outsideStrings.contains(forbidden + "="), "\(forbidden) must never be written")
        }
        #expect(dot == DOTExporter.export(try ExportFixtures.hostileGraph()))
    }

    @Test(.enabled(if: ExternalTool.hasDot, "Graphviz's dot is not installed (apt-get install graphviz); .ci/run installs it"))
    func hostileNamesComeOutOfGraphvizAsWritten() throws {
        let graph = try ExportFixtures.hostileGraph()
        let options: [DOTOptions] = [DOTOptions(), DOTOptions(rankDirection: .topToBottom, clusterByKind: true, title: ExportFixtures.hostileNames[0]),
                                     DOTOptions(timeline: true, emphasised: ["p0"])]
        for option in options {
            let result = try ExternalTool.run("dot", ["-Tsvg"], input: DOTExporter.export(graph, options: option))
            #expect(result.status == 0, "dot failed: \(result.errors)")
            #expect(!result.output.contains("xlink:href"), "no link may come from the data")
            let drawn = SVGText(result.output)
            for name in ExportFixtures.hostileNames {
                let node = try #require(drawn.items.values.first { $0.tooltip?.hasPrefix(name + " (person)") == true }, "no node for \(name)")
                let shown = node.lines.joined(separator: " ")
                #expect(shown == name.replacingOccurrences(of: "\n", with: " "), "label of \(name) came out as \(shown)")
                let edge = try #require(drawn.items.values.first { $0.tooltip?.hasPrefix(name + " → leads → Body of " + name) == true })
                #expect(edge.tooltip?.contains("“Evidence: \(name)” (doc-") == true)
            }
            if option.timeline {
                let axis = drawn.items.filter { $0.key.range(of: #"^t\d+$"#, options: .regularExpression) != nil }.map { $0.value.lines.joined(separator: " ") }
                #expect(Set(axis) == Set(ExportFixtures.hostileNames.map { $0.replacingOccurrences(of: "\n", with: " ") }))
            }
        }
    }

    @Test func edgeLabelsCarryTheUsefulAttribute() {
        #expect(DOTExporter.edgeLabel(Relation(subject: "a", predicate: .rated, object: "b", attributes: ["rating": "inadequate", "date": "2014-11"]))
            == "rated\ninadequate, 2014-11")
        #expect(DOTExporter.edgeLabel(Relation(subject: "a", predicate: .leads, object: "b", attributes: ["role": "leader"])) == "leads\nleader")
        #expect(DOTExporter.edgeLabel(Relation(subject: "a", predicate: .partOf, object: "b")) == "part_of")
    }

    @Test func parallelRelationsShareOneArrow() throws {
        let graph = try Graph(documents: [], entities: [Entity(id: "p", kind: .person, name: "P"), Entity(id: "c", kind: .body, name: "C")],
                              relations: [Relation(subject: "p", predicate: .leads, object: "c", attributes: ["role": "leader"]),
                                          Relation(subject: "p", predicate: .resignedFrom, object: "c", attributes: ["date": "2015"])])
        let dot = DOTExporter.export(graph, options: DOTOptions(legend: false))
        #expect(dot.components(separatedBy: " -> ").count == 2)
        #expect(dot.contains(#"label="leads: leader\nresigned_from: 2015""#))
    }

    @Test func clustersBoxEachKind() throws {
        let dot = DOTExporter.export(try ExportFixtures.gold(), options: DOTOptions(clusterByKind: true))
        for kind in EntityKind.allCases { #expect(dot.contains("subgraph cluster_\(kind.rawValue) {")) }
    }

    @Test func timelineRanksDatesInOrderAndUndatedLast() throws {
        let graph = try Graph(documents: [], entities: [
            Entity(id: "late", kind: .event, name: "Late", attributes: ["date": "2016"]),
            Entity(id: "early", kind: .event, name: "Early", attributes: ["date": "2014-11"]),
            Entity(id: "none", kind: .event, name: "Undated"),
        ], relations: [Relation(subject: "early", predicate: .ledTo, object: "late")])
        let dot = DOTExporter.export(graph, options: DOTOptions(timeline: true))
        #expect(dot.contains(#"t1 [label="2014-11"];"#) && dot.contains(#"t2 [label="2016"];"#) && dot.contains(#"t3 [label="undated"];"#))
        #expect(dot.contains("t1 -> t2 -> t3;"))
        #expect(dot.contains("{ rank=same; t1; n1; }"))   // Early is n1 (kind, then name order)
        #expect(dot.contains("n1 -> n2 [label=\"led_to\", tooltip=\"Early → led_to → Late\", constraint=false];"))
    }

    @Test func legendShowsOnlyKindsPresent() throws {
        let graph = try Graph(documents: [], entities: [Entity(id: "p", kind: .person, name: "P")], relations: [])
        #expect(DOTExporter.export(graph).contains("legend1 [label=\"person\""))
        #expect(!DOTExporter.export(graph).contains("legend2"))
        #expect(!DOTExporter.export(graph, options: DOTOptions(legend: false)).contains("cluster_legend"))
    }
}
