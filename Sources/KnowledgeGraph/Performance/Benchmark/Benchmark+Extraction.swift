import Foundation

extension Benchmark {
    /// Extraction throughput on generated corpora of 1×, 4× and 16× the base size, read into
    /// memory first so that only extraction is timed. The per-MB cost should stay flat.
    func extractionFigures() throws -> [BenchmarkFigure] {
        var figures: [BenchmarkFigure] = []
        for (scale, articles) in zip([1, 4, 16], configuration.corpusArticles) {
            let folder = "\(workFolder)/corpus-\(articles)"
            if !FileManager.default.fileExists(atPath: folder) {
                progress("generating \(articles) articles into \(folder)")
                let generator = try CorpusGenerator(articles: articles, seed: 1, seeds: "\(seedsParent)/seeds")
                _ = try generator.write(to: folder)
            }
            let sources = CorpusReader.read([folder]).sources
            let megabytes = Double(sources.reduce(0) { $0 + $1.text.utf8.count }) / 1e6
            progress("extracting \(scale)× corpus (\(BenchmarkFigure.format(megabytes)) MB) \(configuration.runs) times")
            let extractor = try Extractor()
            let seconds = try samples(configuration.runs) { _ = try extractor.extract(sources) }
            let name = "\(scale)× corpus (\(BenchmarkFigure.format(megabytes)) MB, \(sources.count) articles)"
            figures.append(BenchmarkFigure(section: "extraction", name: name, unit: "MB/s", samples: seconds.map { megabytes / $0 },
                                           targets: [.init(.median, 5, atLeast: true)]))
            figures.append(BenchmarkFigure(section: "extraction", name: name, unit: "articles/s",
                                           samples: seconds.map { Double(sources.count) / $0 }))
        }
        return figures
    }
}
