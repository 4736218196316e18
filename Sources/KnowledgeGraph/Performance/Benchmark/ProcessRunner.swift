import Foundation

/// Runs a child process to completion and times it, for the figures that must be measured
/// in a fresh process (load peak memory, cold start). It uses `posix_spawn` and `waitpid`
/// directly: Foundation's `Process.waitUntilExit` polls in 50 ms steps on Linux, which
/// would swamp a start-up time of a few milliseconds.
enum ProcessRunner {
    /// What a child process did.
    struct Outcome {
        /// Its exit status (128 + signal number when killed by a signal).
        var status: Int32
        /// Everything it printed on standard output.
        var output: String
        /// Everything it printed on standard error.
        var errors: String
        /// Wall time from launch to exit.
        var seconds: Double
    }

    /// Runs `executable` with `arguments` in `folder`, with `environment` added to ours.
    static func run(_ executable: String, _ arguments: [String], in folder: String? = nil,
                    environment: [String: String] = [:]) throws -> Outcome {
        let variables = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }.map { "\($0.key)=\($0.value)" }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw FileError(path: executable, message: "cannot create a pipe to run it") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("kg-child-\(getpid())-errors").path
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer { try? FileManager.default.removeItem(atPath: errorFile) }
        let previousFolder = FileManager.default.currentDirectoryPath
        if let folder, !FileManager.default.changeCurrentDirectoryPath(folder) {
            throw FileError(path: folder, message: "cannot run a child process in this folder")
        }
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previousFolder) }
        let start = ResourceUsage.seconds()
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, nil, argv, envp)
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard spawned == 0 else { throw FileError(path: executable, message: "cannot be run: \(String(cString: strerror(spawned)))") }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            output.append(contentsOf: chunk[0..<count])
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
        let seconds = ResourceUsage.seconds() - start
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let errors = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
        return Outcome(status: exitStatus, output: String(decoding: output, as: UTF8.self), errors: errors, seconds: seconds)
    }
}
