import Foundation

extension Benchmark {
    /// The command whose cold start is measured, run in the folder holding seeds/.
    static let coldStartArguments = ["extract", "--format", "text"]

    /// Wall time of a whole `kg` process answering a query on seeds/: with the extraction
    /// cache warm (the usual case: the corpus has not changed) and with the cache off.
    func coldStartFigures() throws -> [BenchmarkFigure] {
        progress("starting kg \(configuration.runs) times with and without the extraction cache")
        _ = try runChild(Benchmark.coldStartArguments, in: seedsParent)
        let cached = try (0..<configuration.runs).map { _ in try runChild(Benchmark.coldStartArguments, in: seedsParent).seconds * 1000 }
        let uncached = try (0..<configuration.runs).map { _ in
            try runChild(Benchmark.coldStartArguments, in: seedsParent, environment: [ExtractionCache.switchVariable: "off"]).seconds * 1000
        }
        let command = "kg " + Benchmark.coldStartArguments.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ")
        return [
            BenchmarkFigure(section: "cold start", name: "\(command) on seeds/, cache warm", unit: "ms", samples: cached,
                            targets: [.init(.median, 50)]),
            BenchmarkFigure(section: "cold start", name: "\(command) on seeds/, cache off", unit: "ms", samples: uncached),
        ]
    }
}
