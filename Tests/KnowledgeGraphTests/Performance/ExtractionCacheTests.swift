import Foundation
import Testing
@testable import KnowledgeGraph

@Suite struct ExtractionCacheTests {
    private let cache = ExtractionCache(folder: FileManager.default.temporaryDirectory.appendingPathComponent("kg-cache-\(UUID().uuidString)").path)

    private func source(_ text: String) -> SourceText {
        SourceText(document: Document(id: "a", path: "a.txt", title: "A"), text: text)
    }

    /// A stand-in extractor whose graph records the text it saw, counting its calls.
    private func extract(_ sources: [SourceText], calls: inout Int) throws -> Graph {
        calls += 1
        return try Graph(documents: sources.map(\.document), entities: [Entity(id: "e", kind: .concept, name: sources[0].text)], relations: [])
    }

    @Test func unchangedCorpusIsNotExtractedAgain() throws {
        var calls = 0
        let sources = [source("first text")]
        let first = try cache.graph(for: sources) { try extract(sources, calls: &calls) }
        let second = try cache.graph(for: sources) { try extract(sources, calls: &calls) }
        #expect(calls == 1)
        #expect(second.entities == first.entities)
        #expect(second.documents == first.documents)
    }

    @Test func editedOrRenamedArticleIsNeverServedStale() throws {
        var calls = 0
        let original = [source("first text")]
        _ = try cache.graph(for: original) { try extract(original, calls: &calls) }
        let edited = [source("first text, edited")]
        let graph = try cache.graph(for: edited) { try extract(edited, calls: &calls) }
        #expect(graph.entities[0].name == "first text, edited")
        var renamed = original
        renamed[0].document.path = "b.txt"
        #expect(try cache.graph(for: renamed) { try extract(renamed, calls: &calls) }.documents[0].path == "b.txt")
        #expect(calls == 3)
    }

    @Test func damagedEntryIsReplacedByAFreshExtraction() throws {
        var calls = 0
        let sources = [source("text")]
        _ = try cache.graph(for: sources) { try extract(sources, calls: &calls) }
        let entry = "\(cache.folder)/\(cache.key(for: sources)).kgraph"
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: entry))
        #expect(try cache.graph(for: sources) { try extract(sources, calls: &calls) }.entities[0].name == "text")
        #expect(calls == 2)
        #expect(try GraphFile.load(entry).entities[0].name == "text")
    }

    @Test func cacheCanBeTurnedOff() {
        #expect(ExtractionCache.standard(environment: ["KG_CACHE": "off", "HOME": "/home/x"]) == nil)
        #expect(ExtractionCache.standard(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/home/x"])?.folder == "/c/kg")
    }
}
