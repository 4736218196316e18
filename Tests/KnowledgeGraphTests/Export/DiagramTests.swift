import Foundation
import Testing
@testable import KnowledgeGraph

/// The committed diagrams in Graphviz/ must be what the current code draws, and Graphviz must accept them.
@Suite struct DiagramTests {
    static let list = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Graphviz/diagrams.txt").path
    static let listExists = FileManager.default.fileExists(atPath: list)

    @Test(.enabled(if: listExists, "Graphviz/diagrams.txt is absent, so there are no committed diagrams to check"))
    func committedDiagramsAreUpToDate() throws {
        let set = try DiagramSet.load(Self.list)
        #expect(set.diagrams.count >= 5)
        for diagram in try set.generate(load: { try $0.load() }) {
            let path = set.folder + "/" + diagram.name + ".dot"
            let committed = try String(contentsOfFile: path, encoding: .utf8)
            #expect(committed == diagram.dot, "\(path) is stale; run: swift run kg render --diagrams Graphviz/diagrams.txt")
            #expect(FileManager.default.fileExists(atPath: set.folder + "/" + diagram.name + ".svg"), "\(diagram.name).svg is missing")
        }
    }

    @Test(.enabled(if: listExists && ExternalTool.hasDot, "needs Graphviz/diagrams.txt and Graphviz's dot (apt-get install graphviz)"))
    func graphvizAcceptsEveryCommittedDiagram() throws {
        let set = try DiagramSet.load(Self.list)
        for diagram in set.diagrams {
            let dot = try String(contentsOfFile: set.folder + "/" + diagram.name + ".dot", encoding: .utf8)
            let result = try ExternalTool.run("dot", ["-Tsvg"], input: dot)
            #expect(result.status == 0, "\(diagram.name): \(result.errors)")
            #expect(SVGText(result.output).items.values.contains { !$0.lines.isEmpty })
        }
    }
}
