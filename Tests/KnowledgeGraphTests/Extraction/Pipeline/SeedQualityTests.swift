import Foundation
import Testing
@testable import KnowledgeGraph

/// The extractor's quality on the seed articles against the hand-made gold graph, scored as
/// `kg eval` scores. ISSUE-2's bar is entity F1 ≥ 0.85 and relation F1 ≥ 0.60. The extractor
/// is above it, and the test holds it at the level reached so far (0.85 / 0.71, rounded down), so no change
/// can make extraction worse unnoticed.
@Suite struct SeedQualityTests {
    @Test func seedExtractionMeetsTheQualityBar() throws {
        let seeds = CorpusReader.read([try SeedLocator.seedsFolder()])
        #expect(seeds.problems.isEmpty)
        let graph = try Extractor().extract(seeds.sources)
        let url = try #require(Bundle.module.url(forResource: "seeds.gold", withExtension: "json", subdirectory: "Fixtures"))
        let card = GraphScorer.score(graph, against: try GraphFile.load(url.path))
        #expect(card.entities.f1 >= 0.85, "entity F1 \(card.entities.f1)")
        #expect(card.relations.f1 >= 0.71, "relation F1 \(card.relations.f1)")
    }
}
