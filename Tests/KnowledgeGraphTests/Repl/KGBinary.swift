import Foundation

/// The built `kg` executable, run as a subprocess by the tests that check what a user sees.
enum KGBinary {
    /// What a finished run printed (standard output and error, interleaved as written) and its status.
    struct Run {
        let output: String
        let status: Int32
    }

    /// The executable: `KG_BINARY` when set, else `kg` next to the test bundle in the build folder.
    static var url: URL {
        if let named = ProcessInfo.processInfo.environment["KG_BINARY"], !named.isEmpty { return URL(fileURLWithPath: named) }
        var folder = Bundle.module.bundleURL.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("kg")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("kg")
    }

    /// Runs `kg arguments` in `directory` with `input` on standard input (history off).
    static func run(_ arguments: [String], input: String, in directory: String) throws -> Run {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["KG_HISTORY"] = ""
        process.environment = environment
        let inputPipe = Pipe()
        let outputPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outputPipe
        process.standardError = outputPipe
        try process.run()
        inputPipe.fileHandleForWriting.write(Data(input.utf8))
        try inputPipe.fileHandleForWriting.close()
        let data = outputPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
    }
}
