import Foundation
import KnowledgeGraph

/// `kg bench`: the performance figures of issue 6, as a table or JSON.
enum BenchCommand {
    static let command = Command(name: "bench", summary: "measure extraction, loading, queries and start-up", usage: usage, run: run)

    static let usage = """
        usage: kg bench [--smoke] [--json] [--work FOLDER]

        Measures, each over repeated runs (median, p95, min, max) against the targets of issue 6:
        extraction MB/s on generated corpora of ~5, 20 and 80 MB; load time and peak memory of a
        1M-relation graph from a .kgraph snapshot and from JSON (each in a fresh process); query
        latency (one hop, two hops, shortest path) from hubs and typical nodes; and the wall time
        of a whole kg process on seeds/. Build with -c release first: swift run -c release kg bench.
        Generated inputs are kept in FOLDER (default .build/kg-bench) and reused.
        --smoke   tiny inputs and few runs: checks that every figure can be measured, in seconds
        --json    print the report as JSON instead of a table
        """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        if let path = try arguments.option("--probe-load") {
            let probe = try Benchmark.probeLoad(path)
            Terminal.print("\(probe.seconds) \(probe.megabytes)")
            return 0
        }
        let smoke = arguments.flag("--smoke")
        let json = arguments.flag("--json")
        let work = try arguments.option("--work") ?? ".build/kg-bench"
        guard try arguments.positionals().isEmpty else { throw UsageError("bench takes no positional arguments") }
        guard let executable = Bundle.main.executablePath else { throw UsageError("cannot find the kg executable to run as a child") }
        let seeds = try SeedLocator.seedsFolder()
        let benchmark = Benchmark(configuration: smoke ? .smoke : .full, workFolder: work, executable: executable,
                                  seedsParent: (seeds as NSString).deletingLastPathComponent.isEmpty ? "." : (seeds as NSString).deletingLastPathComponent,
                                  progress: { Terminal.warn("bench: \($0)") })
        let report = try benchmark.run()
        Terminal.print(json ? report.json() : report.table(), terminator: "")
        return 0
    }
}
