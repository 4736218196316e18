import Foundation
import Testing
@testable import KnowledgeGraph

@Suite struct CorpusGeneratorTests {
    private func generator(_ articles: Int, seed: UInt64 = 1) throws -> CorpusGenerator {
        try CorpusGenerator(articles: articles, seed: seed, seeds: try SeedLocator.seedsFolder())
    }

    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("kg-corpus-\(UUID().uuidString)")
    }

    @Test func sameSeedGivesTheSameArticles() throws {
        let first = try generator(5), again = try generator(5), other = try generator(5, seed: 2)
        #expect((0..<5).map(first.article) == (0..<5).map(again.article))
        #expect((0..<5).map(first.article) != (0..<5).map(other.article))
    }

    @Test func inventedPeopleGrowWithTheCorpus() throws {
        let names = try CorpusNames()
        func surnames(_ articles: Int) throws -> Int {
            let corpus = try generator(articles)
            let text = (0..<articles).map(corpus.article).joined()
            return names.surnames.filter { text.contains(" " + $0) }.count
        }
        #expect(try surnames(40) > surnames(4))
    }

    @Test func templatesReplaceEveryFormOfAPersonAndTown() throws {
        let names = try CorpusNames()
        let template = ArticleTemplate(text: "Title\n\nCouncil leader Paul Quarmby of Dunchester Council said the plan was sound, and Mr Quarmby's deputy agreed.\n",
                                       names: names)
        #expect(template.paragraphs == [[
            .text("Council leader "), .firstName("Quarmby"), .text(" "), .surname("Quarmby"), .text(" of "), .place("Dunchester"),
            .text(" Council said the plan was sound, and Mr "), .surname("Quarmby"), .text("'s deputy agreed."),
        ]])
    }

    @Test func writingRefusesAFolderWithFilesAndLeavesNoStagingFolder() throws {
        let folder = temporaryFolder()
        let corpus = try generator(3)
        #expect(try corpus.write(to: folder.path).articles == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["article-00001.txt", "article-00002.txt", "article-00003.txt"])
        #expect(throws: FileError.self) { _ = try corpus.write(to: folder.path) }
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix(".\(folder.lastPathComponent)") })
    }

    @Test func nonsenseArticleCountIsRefused() {
        #expect(throws: GeneratorError.self) { _ = try generator(0) }
    }
}
