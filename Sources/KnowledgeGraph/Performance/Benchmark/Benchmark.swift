import Foundation

/// `kg bench`: measures extraction throughput, graph load time and memory, query latency
/// and the cold start of a whole `kg query`, and compares each figure with the targets of
/// issue 6. Inputs are generated deterministically into a work folder and reused by later
/// runs; figures that need a fresh process (load memory, cold start) run `kg` as a child.
public struct Benchmark: Sendable {
    /// The sizes and repetition counts of one benchmark run.
    public struct Configuration: Sendable {
        /// "full" or "smoke".
        public var mode: String
        /// Articles in the 1×, 4× and 16× corpora.
        public var corpusArticles: [Int]
        /// Entities and relations of the query graph.
        public var graphEntities: Int
        public var graphRelations: Int
        /// Repetitions of each extraction, load and cold-start figure.
        public var runs: Int
        /// Repetitions of each query figure.
        public var queryRuns: Int

        /// The figures of issue 6: ~5, 20 and 80 MB corpora, a 200k-entity, 1M-relation graph.
        public static let full = Configuration(mode: "full", corpusArticles: [1_900, 7_600, 30_400], graphEntities: 200_000,
                                               graphRelations: 1_000_000, runs: 5, queryRuns: 1_000)
        /// A run of a few seconds for CI: every figure, tiny inputs, no timing worth reading.
        public static let smoke = Configuration(mode: "smoke", corpusArticles: [4, 16, 64], graphEntities: 2_000,
                                                graphRelations: 10_000, runs: 5, queryRuns: 50)
    }

    /// What to measure and how often.
    public let configuration: Configuration
    /// Where generated inputs are kept between runs.
    public let workFolder: String
    /// The `kg` executable to run as a child process.
    public let executable: String
    /// The folder holding `seeds/`, where the cold start runs.
    public let seedsParent: String
    /// Receives a line of progress before each step.
    public let progress: @Sendable (String) -> Void

    /// A benchmark writing its inputs under `workFolder` and spawning `executable`.
    public init(configuration: Configuration, workFolder: String, executable: String, seedsParent: String,
                progress: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.workFolder = workFolder
        self.executable = executable
        self.seedsParent = seedsParent
        self.progress = progress
    }

    /// Runs every section and returns the report.
    public func run() throws -> BenchmarkReport {
        try FileManager.default.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
        #if DEBUG
        let build = "debug"
        #else
        let build = "release"
        #endif
        var report = BenchmarkReport(cores: ProcessInfo.processInfo.activeProcessorCount, build: build, mode: configuration.mode)
        report.figures += try extractionFigures()
        let graphPath = try generatedGraph()
        report.figures += try loadFigures(snapshot: graphPath)
        report.figures += try queryFigures(graph: try GraphFile.load(graphPath))
        report.figures += try coldStartFigures()
        return report
    }

    /// `count` timed runs of `body`, in the unit `scale` converts seconds to.
    func samples(_ count: Int, scale: Double = 1, _ body: () throws -> Void) rethrows -> [Double] {
        try (0..<count).map { _ in try ResourceUsage.time(body).seconds * scale }
    }

    /// Runs a child `kg` and fails with its status when it does not succeed.
    func runChild(_ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]) throws -> ProcessRunner.Outcome {
        let outcome = try ProcessRunner.run(executable, arguments, in: folder, environment: environment)
        guard outcome.status == 0 else {
            throw GeneratorError("'kg \(arguments.joined(separator: " "))' failed with status \(outcome.status)")
        }
        return outcome
    }
}
