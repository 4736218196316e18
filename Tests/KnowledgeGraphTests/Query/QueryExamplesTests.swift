import Foundation
import Testing
@testable import KnowledgeGraph

/// Runs every example in queries/ and compares its table with NAME.expected beside it.
///
/// queries/SOURCE names the graph the expected outputs were made from (`seeds`: the graph
/// extracted from seeds/; `--graph FILE`: a saved graph); `queries/regenerate.sh` rewrites
/// both after a deliberate change.
@Suite struct QueryExamplesTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("queries")

    static let examples: [String] = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
        .filter { $0.hasSuffix(".kgq") }.map { String($0.dropLast(4)) }.sorted() ?? []

    /// Loaded (or extracted) once for all examples.
    private static let graph = Result { try loadGraph() }

    private static func loadGraph() throws -> Graph {
        let root = folder.deletingLastPathComponent()
        let source = try String(contentsOf: folder.appendingPathComponent("SOURCE"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if source.hasPrefix("--graph ") {
            return try GraphFile.load(root.appendingPathComponent(String(source.dropFirst("--graph ".count))).path)
        }
        return try GraphSource.articles(source.split(separator: " ").map { root.appendingPathComponent(String($0)).path }).load()
    }

    @Test func thereAreAtLeastFifteenExamples() {
        #expect(Self.examples.count >= 15)
    }

    @Test(arguments: examples)
    func exampleGivesItsExpectedOutput(name: String) throws {
        let query = try String(contentsOf: Self.folder.appendingPathComponent(name + ".kgq"), encoding: .utf8)
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(name + ".expected"), encoding: .utf8)
        let outcome = QueryRunner(graph: try Self.graph.get()).run(query)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.output == expected, "queries/\(name).kgq changed its output; if that is intended, run queries/regenerate.sh")
    }
}
