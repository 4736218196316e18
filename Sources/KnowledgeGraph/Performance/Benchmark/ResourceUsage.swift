import Foundation

/// Clocks and memory figures of the running process, for `kg bench`.
public enum ResourceUsage {
    /// Seconds on a monotonic clock (only differences mean anything).
    public static func seconds() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// The process's peak resident memory so far in MB (10^6 bytes): `VmHWM` from
    /// /proc/self/status, or `getrusage`'s `ru_maxrss` where /proc is missing.
    public static func peakResidentMegabytes() -> Double {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") {
            return kilobytes * 1024 / 1e6
        }
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) * 1024 / 1e6
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1e6
        #endif
    }

    /// Runs `body` and returns how long it took in seconds, keeping its result alive so the
    /// optimiser cannot drop the work.
    public static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
        let start = seconds()
        let result = try body()
        return (seconds() - start, result)
    }
}
