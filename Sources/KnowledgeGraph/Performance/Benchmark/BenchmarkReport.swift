/// The result of `kg bench`: the machine, every figure, and renderings as an aligned text
/// table (for people) and JSON (for scripts and for comparing runs).
public struct BenchmarkReport: Sendable {
    /// Logical cores of the machine.
    public let cores: Int
    /// "release" or "debug": only release figures mean anything.
    public let build: String
    /// What the run was: "full" or "smoke".
    public let mode: String
    /// The figures, in the order measured.
    public var figures: [BenchmarkFigure] = []

    /// An empty report for this machine.
    public init(cores: Int, build: String, mode: String) {
        self.cores = cores
        self.build = build
        self.mode = mode
    }

    /// The aligned table, with a header naming the machine and a final line counting targets met.
    public func table() -> String {
        let header = ["section", "figure", "median", "p95", "min", "max", "unit", "runs", "target", "met"]
        let rows = figures.map { figure -> [String] in
            [figure.section, figure.name, BenchmarkFigure.format(figure.median), BenchmarkFigure.format(figure.p95),
             BenchmarkFigure.format(figure.minimum), BenchmarkFigure.format(figure.maximum), figure.unit, String(figure.runs),
             figure.targetText, figure.meetsTargets.map { $0 ? "yes" : "NO" } ?? ""]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
        let numeric: Set<Int> = [2, 3, 4, 5, 7]
        let lines = ([header] + rows).map { row in
            row.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - row[column].count)
                return numeric.contains(column) ? padding + row[column] : row[column] + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let judged = figures.compactMap(\.meetsTargets)
        return (["kg bench (\(mode), \(build) build, \(cores) cores; each figure one core, median of its runs)", ""] + lines
                + ["", "targets met: \(judged.filter { $0 }.count) of \(judged.count)"]).joined(separator: "\n") + "\n"
    }

    /// The report as JSON.
    public func json() -> String {
        JSONWriter.write(.object([
            ("cores", .number(Double(cores))), ("build", .string(build)), ("mode", .string(mode)),
            ("figures", .array(figures.map { figure in
                .object([
                    ("section", .string(figure.section)), ("name", .string(figure.name)), ("unit", .string(figure.unit)),
                    ("runs", .number(Double(figure.runs))), ("median", .number(figure.median)), ("p95", .number(figure.p95)),
                    ("min", .number(figure.minimum)), ("max", .number(figure.maximum)), ("target", .string(figure.targetText)),
                    ("met", figure.meetsTargets.map(JSONValue.bool) ?? .null),
                ])
            })),
        ]))
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
