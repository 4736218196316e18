import Foundation

/// One line of `kg bench`: a measured quantity summarised over repeated runs (median, p95,
/// minimum, maximum), with the target it is held to.
public struct BenchmarkFigure: Sendable, Equatable {
    /// A bound on one statistic of a figure, such as "median ≤ 3 µs" or "median ≥ 5 MB/s".
    public struct Target: Sendable, Equatable {
        /// Which statistic the bound applies to.
        public enum Statistic: String, Sendable { case median, p95 }

        /// The statistic.
        public let statistic: Statistic
        /// The bound, in the figure's unit.
        public let bound: Double
        /// True for "at least" (throughput), false for "at most" (time, memory).
        public let atLeast: Bool

        /// Creates a target.
        public init(_ statistic: Statistic = .median, _ bound: Double, atLeast: Bool = false) {
            self.statistic = statistic
            self.bound = bound
            self.atLeast = atLeast
        }
    }

    /// The group: extraction, load, query or cold start.
    public let section: String
    /// What was measured.
    public let name: String
    /// The unit of every statistic (MB/s, s, MB, µs, ms).
    public let unit: String
    /// How many runs the statistics summarise.
    public let runs: Int
    /// The median run.
    public let median: Double
    /// The 95th percentile (nearest rank).
    public let p95: Double
    /// The fastest or smallest run.
    public let minimum: Double
    /// The slowest or largest run.
    public let maximum: Double
    /// The targets of the issue this figure is held to; empty when it is for reference only.
    public let targets: [Target]

    /// Summarises `samples` (at least one).
    public init(section: String, name: String, unit: String, samples: [Double], targets: [Target] = []) {
        let sorted = samples.sorted()
        self.section = section
        self.name = name
        self.unit = unit
        runs = sorted.count
        median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        p95 = sorted[min(sorted.count - 1, Int((0.95 * Double(sorted.count)).rounded(.up)) - 1)]
        minimum = sorted[0]
        maximum = sorted[sorted.count - 1]
        self.targets = targets
    }

    /// True when every target is met, nil when there is none.
    public var meetsTargets: Bool? {
        guard !targets.isEmpty else { return nil }
        return targets.allSatisfy { target in
            let value = target.statistic == .median ? median : p95
            return target.atLeast ? value >= target.bound : value <= target.bound
        }
    }

    /// The targets as text: "median ≤ 3 µs, p95 ≤ 3000 µs".
    public var targetText: String {
        targets.map { "\($0.statistic.rawValue) \($0.atLeast ? "≥" : "≤") \(BenchmarkFigure.format($0.bound)) \(unit)" }
            .joined(separator: ", ")
    }

    /// A number with three significant digits, no exponent: 0.00123, 1.23, 123, 12300.
    public static func format(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return "0" }
        let magnitude = Int(log10(abs(value)).rounded(.down))
        let decimals = max(0, 2 - magnitude)
        return String(format: "%.\(decimals)f", value)
    }
}
