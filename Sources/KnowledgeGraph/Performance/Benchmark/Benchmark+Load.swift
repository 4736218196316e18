import Foundation

extension Benchmark {
    /// The random query graph as a snapshot (and its JSON twin), generated once per size.
    func generatedGraph() throws -> String {
        let stem = "\(workFolder)/graph-\(configuration.graphEntities)-\(configuration.graphRelations)"
        if !FileManager.default.fileExists(atPath: stem + ".json") {
            progress("generating a graph of \(configuration.graphEntities) entities, \(configuration.graphRelations) relations")
            let generator = try GraphGenerator(entities: configuration.graphEntities, relations: configuration.graphRelations, seed: 1)
            let graph = try generator.edgeList().graph(rule: "generated")
            try GraphFile.save(graph, to: stem + ".kgraph")
            try GraphFile.save(graph, to: stem + ".json")
        }
        return stem + ".kgraph"
    }

    /// Load time and peak memory of the graph from the snapshot and from JSON, each load in a
    /// fresh child process (`kg bench --probe-load FILE`) so that peaks are not shared.
    func loadFigures(snapshot: String) throws -> [BenchmarkFigure] {
        let size = "\(configuration.graphRelations / 1000)k relations"
        var figures: [BenchmarkFigure] = []
        for (format, path) in [("snapshot", snapshot), ("JSON", snapshot.replacingOccurrences(of: ".kgraph", with: ".json"))] {
            progress("loading the \(format) in \(configuration.runs) fresh processes")
            var seconds: [Double] = [], megabytes: [Double] = []
            for _ in 0..<configuration.runs {
                let fields = try runChild(["bench", "--probe-load", path]).output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
                guard fields.count == 2 else { throw GeneratorError("the load probe printed no figures") }
                seconds.append(fields[0])
                megabytes.append(fields[1])
            }
            let isSnapshot = format == "snapshot"
            figures.append(BenchmarkFigure(section: "load", name: "\(size) from \(format): time", unit: "s", samples: seconds,
                                           targets: isSnapshot ? [.init(.median, 0.5)] : []))
            figures.append(BenchmarkFigure(section: "load", name: "\(size) from \(format): peak memory", unit: "MB",
                                           samples: megabytes, targets: isSnapshot ? [.init(.median, 150)] : []))
        }
        return figures
    }

    /// The child side of `loadFigures`: loads `path` and returns the load time in seconds
    /// and the process's peak resident memory in MB.
    public static func probeLoad(_ path: String) throws -> (seconds: Double, megabytes: Double) {
        let (seconds, graph) = try ResourceUsage.time { try GraphFile.load(path) }
        withExtendedLifetime(graph) {}
        return (seconds, ResourceUsage.peakResidentMegabytes())
    }
}
