import Testing
@testable import KnowledgeGraph

@Suite struct ExportOptionsTests {
    @Test func parsesEveryOptionInBothSpellings() throws {
        let options = try ExportOptions.parse(["dot", "--graph=g.json", "--around", "Louise Casey", "--depth", "2", "--kinds", "person, body",
                                               "--predicates=authored,found", "--cluster", "kind", "--rankdir", "tb", "--no-legend",
                                               "--title", "T", "-o", "out.dot"])
        #expect(options.format == .dot)
        #expect(options.graphFile == "g.json")
        #expect(options.selection == GraphSelection(around: ["Louise Casey"], depth: 2, kinds: [.person, .body], predicates: [.authored, .found]))
        #expect(options.dot == DOTOptions(rankDirection: .topToBottom, clusterByKind: true, legend: false, title: "T"))
        #expect(options.output == "out.dot")
        #expect(try ExportOptions.parse(["turtle", "a.txt", "--base", "http://x.org/"]).paths == ["a.txt"])
    }

    @Test func timelineDefaultsToTopToBottomUnlessToldOtherwise() throws {
        #expect(try ExportOptions.parse(["dot", "--timeline"]).dot.rankDirection == .topToBottom)
        #expect(try ExportOptions.parse(["dot", "--timeline", "--rankdir", "LR"]).dot.rankDirection == .leftToRight)
    }

    @Test(arguments: [
        (["dto"], "unknown format 'dto'; did you mean 'dot'? expected one of dot, json, graphml, turtle, ntriples, cypher"),
        (["dot", "--rnkdir", "LR"], "unknown option '--rnkdir'; did you mean '--rankdir'?"),
        (["dot", "--kinds", "persn"], "unknown kind 'persn'; did you mean 'person'? expected one of person, body, report, event, place, concept"),
        (["json", "--timeline"], "--timeline draws diagrams; it applies to the dot format only"),
        (["dot", "--depth", "2"], "--depth needs --around NAME (whose neighbourhood to draw)"),
        (["dot", "--depth", "x", "--around", "A"], "--depth takes a whole number from 0 to 20, not 'x'"),
        (["dot", "--timeline", "--cluster", "kind"], "--timeline and --cluster kind cannot be combined; choose one layout"),
        (["dot", "a.txt", "--graph", "g.json"], "give either article paths or --graph FILE, not both"),
        (["turtle", "--base", "not an iri"], "--base needs an absolute IRI ending in '/' or '#', such as https://example.org/kg/, not 'not an iri'"),
        (["dot", "--around"], "--around needs a value"),
        ([], "name a format: dot, json, graphml, turtle, ntriples, cypher"),
    ])
    func badCommandLinesSayWhatToType(words: [String], message: String) {
        #expect(throws: ExportOptionError(message)) { try ExportOptions.parse(words) }
    }

    @Test func renderTakesTheImageFormatAndRequiresAFile() throws {
        let options = try RenderOptions.parse(["--around", "X", "-Tpng", "-o", "x.png"])
        #expect(options.format == .png)
        #expect(options.export.selection.around == ["X"])
        #expect(try RenderOptions.parse(["--format", "svg", "-o", "x.svg"]).format == .svg)
        #expect(throws: ExportOptionError("give the image file to write with -o FILE")) { try RenderOptions.parse(["--format", "svg"]) }
        #expect(throws: ExportOptionError.self) { try RenderOptions.parse(["--format", "gif", "-o", "x.gif"]) }
    }

    @Test func diagramListLinesParseWithQuotesAndResolvePaths() throws {
        let set = try DiagramSet(parsing: "# comment\n\ncasey --graph ../g.json --around \"Louise Casey\" --title 'A b'\n", file: "list.txt", folder: "/repo/Graphviz")
        #expect(set.diagrams.map(\.name) == ["casey"])
        #expect(set.diagrams[0].options.graphFile == "/repo/g.json")
        #expect(set.diagrams[0].options.selection.around == ["Louise Casey"])
        #expect(set.diagrams[0].options.dot.title == "A b")
        #expect(throws: FileError(path: "list.txt", message: "line 2: unknown option '--arund'; did you mean '--around'?")) {
            _ = try DiagramSet(parsing: "ok --graph g.json\nbad --arund X\n", file: "list.txt", folder: "/")
        }
        #expect(throws: FileError.self) { _ = try DiagramSet(parsing: "x --title \"open\n", file: "list.txt", folder: "/") }
    }
}
