import Testing
@testable import KnowledgeGraph

@Suite struct EdgeListTSVTests {
    private func parse(_ nodes: String, _ edges: String) throws -> EdgeList {
        try EdgeListTSV.parse(nodes: nodes, nodesPath: "nodes.tsv", edges: edges, edgesPath: "edges.tsv")
    }

    private func message(_ nodes: String, _ edges: String) -> String {
        do {
            _ = try parse(nodes, edges)
            return "parsed"
        } catch {
            return "\(error)"
        }
    }

    @Test func generatedTwinImportsToTheSameGraph() throws {
        let list = try GraphGenerator(entities: 200, relations: 600, seed: 3).edgeList()
        let tsv = list.tsv()
        let imported = try parse(tsv.nodes, tsv.edges)
        #expect(imported == list)
        #expect(try imported.graph(rule: "generated").relations == list.graph(rule: "generated").relations)
    }

    @Test func headersCommentsBlankLinesAndWindowsLineEndsAreAccepted() throws {
        let list = try parse("name\tkind\r\n# people\r\nAnna Field\tperson\r\n\r\nWestshire Council\tbody\r\n",
                             "Anna Field\tleads\tWestshire Council\n")
        #expect(list.nodes.map(\.name) == ["Anna Field", "Westshire Council"])
        let graph = try list.graph(rule: "imported")
        #expect(graph.relations.map(\.key) == [RelationKey(subject: "anna-field", predicate: .leads, object: "westshire-council")])
    }

    @Test func badRowsNameTheFileLineAndTheClosestWord() {
        #expect(message("Anna\tperson\nBody\n", "") == "nodes.tsv:2: expected 2 tab-separated fields (name, kind), found 1")
        #expect(message("Anna\tpersn\n", "") == "nodes.tsv:1: unknown kind 'persn'; did you mean 'person'?")
        #expect(message("Anna\tperson\nAnna\tbody\n", "") == "nodes.tsv:2: the node 'Anna' is already listed on line 1; node names must be unique")
        #expect(message("Anna\tperson\nCouncil\tbody\n", "\nAnna\tlead\tCouncil\n") == "edges.tsv:2: unknown predicate 'lead'; did you mean 'leads'?")
        #expect(message("Anna Field\tperson\nCouncil\tbody\n", "Anna Feld\tleads\tCouncil\n")
                == "edges.tsv:1: 'Anna Feld' is not a node in nodes.tsv; did you mean 'Anna Field'?")
    }

    @Test func namesThatSlugAlikeGetDistinctIds() throws {
        let graph = try parse("Westshire\tplace\nWESTSHIRE\tbody\n", "").graph(rule: "imported")
        #expect(graph.entities.map(\.id) == ["westshire", "westshire-body"])
    }
}
