import Foundation

/// Generates a synthetic news corpus of any size for the extraction benchmark: each article
/// recombines runs of paragraphs from the seed articles, with the people and towns replaced
/// by invented ones drawn from pools that grow with the corpus, so that the number of
/// distinct entities grows with N and one invented person recurs across articles (exercising
/// entity resolution). The same seed always gives the same corpus.
public struct CorpusGenerator: Sendable {
    /// The largest corpus the generator writes.
    public static let maximumArticles = 1_000_000

    /// Number of articles.
    public let articleCount: Int
    /// The random seed.
    public let seed: UInt64
    private let templates: [ArticleTemplate]
    private let names: CorpusNames

    /// Reads and templates the seed articles in `seedsFolder`.
    public init(articles: Int, seed: UInt64, seeds seedsFolder: String) throws {
        guard (1...CorpusGenerator.maximumArticles).contains(articles) else {
            throw GeneratorError("--articles must be from 1 to \(CorpusGenerator.maximumArticles), not \(articles)")
        }
        let names = try CorpusNames()
        let (sources, _) = CorpusReader.read([seedsFolder])
        let templates = sources.map { ArticleTemplate(text: $0.text, names: names) }.filter { !$0.paragraphs.isEmpty }
        guard !templates.isEmpty else { throw GeneratorError("\(seedsFolder): no seed article with prose paragraphs to recombine") }
        self.articleCount = articles
        self.seed = seed
        self.templates = templates
        self.names = names
    }

    /// The text of article `index` (0-based): a title, then three to five runs of two to five
    /// consecutive paragraphs taken from random seed articles, names refilled.
    public func article(_ index: Int) -> String {
        var random = SeededRandom(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        let people = min(names.personCount, 20 + 4 * articleCount), towns = min(names.placeCount, 10 + articleCount)
        var personOf: [String: Int] = [:], placeOf: [String: Int] = [:]
        func render(_ segments: [ArticleTemplate.Segment], from template: Int) -> String {
            var line = ""
            for segment in segments {
                switch segment {
                case .text(let text): line += text
                case .firstName(let key):
                    line += names.person(personOf["\(template):\(key)", default: 0]).first
                case .surname(let key):
                    line += names.person(personOf["\(template):\(key)", default: 0]).last
                case .place(let key):
                    line += names.place(placeOf["\(template):\(key)", default: 0])
                }
            }
            return line
        }
        func assign(_ segments: [ArticleTemplate.Segment], from template: Int) {
            for segment in segments {
                switch segment {
                case .firstName(let key), .surname(let key):
                    if personOf["\(template):\(key)"] == nil { personOf["\(template):\(key)"] = Int.random(in: 0..<people, using: &random) }
                case .place(let key):
                    if placeOf["\(template):\(key)"] == nil { placeOf["\(template):\(key)"] = Int.random(in: 0..<towns, using: &random) }
                case .text: break
                }
            }
        }
        var lines: [String] = []
        for run in 0..<Int.random(in: 3...5, using: &random) {
            let chosen = Int.random(in: 0..<templates.count, using: &random)
            let template = templates[chosen]
            let start = Int.random(in: 0..<template.paragraphs.count, using: &random)
            let paragraphs = template.paragraphs[start..<min(template.paragraphs.count, start + Int.random(in: 2...5, using: &random))]
            if run == 0 {
                assign(template.title, from: chosen)
                lines.append(render(template.title, from: chosen))
            }
            for paragraph in paragraphs {
                assign(paragraph, from: chosen)
                lines.append(render(paragraph, from: chosen))
            }
        }
        return lines.joined(separator: "\n\n") + "\n"
    }

    /// The file name of article `index`: `article-00001.txt`, zero-padded so names sort in order.
    public func fileName(_ index: Int) -> String {
        let digits = max(5, String(articleCount).count)
        let number = String(index + 1)
        return "article-" + String(repeating: "0", count: digits - number.count) + number + ".txt"
    }

    /// Writes every article into `folder`, which must not exist yet or be empty. The articles
    /// are written to a hidden sibling folder renamed into place at the end, so an interrupted
    /// run leaves no half-written corpus. Returns the number of articles and bytes written.
    public func write(to folder: String) throws -> (articles: Int, bytes: Int) {
        let manager = FileManager.default
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        if let existing = try? manager.contentsOfDirectory(atPath: url.path), !existing.isEmpty {
            throw FileError(path: folder, message: "already holds files; give a new or empty folder")
        }
        let staging = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw FileError(path: folder, message: "cannot be created; does the parent folder exist? (\(error.localizedDescription))")
        }
        var bytes = 0
        do {
            for index in 0..<articleCount {
                let data = Data(article(index).utf8)
                bytes += data.count
                try data.write(to: staging.appendingPathComponent(fileName(index)))
            }
            try? manager.removeItem(at: url) // an empty folder given as the target
            try manager.moveItem(at: staging, to: url)
        } catch {
            try? manager.removeItem(at: staging)
            throw FileError(path: folder, message: "cannot be written: \(error.localizedDescription)")
        }
        return (articleCount, bytes)
    }
}
