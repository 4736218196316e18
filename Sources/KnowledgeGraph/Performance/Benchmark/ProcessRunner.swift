import Foundation

/// Runs a child process to completion and times it, for the figures that must be measured
/// in a fresh process (load peak memory, cold start).
enum ProcessRunner {
    /// What a child process did.
    struct Outcome {
        /// Its exit status.
        var status: Int32
        /// Everything it printed on standard output.
        var output: String
        /// Wall time from launch to exit.
        var seconds: Double
    }

    /// Runs `executable` with `arguments` in `folder`, with `environment` added to ours.
    static func run(_ executable: String, _ arguments: [String], in folder: String? = nil,
                    environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let start = ResourceUsage.seconds()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self),
                       seconds: ResourceUsage.seconds() - start)
    }
}
