import Foundation

/// The image formats `kg render` asks Graphviz for.
public enum ImageFormat: String, CaseIterable, Sendable {
    /// Scalable vector graphics; tooltips become hover text.
    case svg
    /// A bitmap, for slides.
    case png
    /// A vector PDF, for print.
    case pdf
}

/// Runs Graphviz's `dot` as a child process: DOT text in on standard input, the image out on
/// standard output. Graphviz is a system tool, not a package dependency, so it may be absent;
/// every failure is a `RenderError` that says what to do.
public struct GraphvizRenderer: Sendable {
    /// The `dot` executable to run.
    public let executable: String

    /// A renderer running `executable`.
    public init(executable: String) { self.executable = executable }

    /// Finds `dot`: the program named by `KG_DOT` (a path, or a name looked up on `PATH`),
    /// else `dot` on `PATH`. Throws `RenderError.graphvizMissing` when there is none.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> GraphvizRenderer {
        let searchPath = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        if let named = environment["KG_DOT"], !named.isEmpty {
            guard let found = executablePath(named, searchPath: searchPath) else { throw RenderError.notExecutable(named) }
            return GraphvizRenderer(executable: found)
        }
        guard let found = executablePath("dot", searchPath: searchPath) else { throw RenderError.graphvizMissing }
        return GraphvizRenderer(executable: found)
    }

    private static func executablePath(_ name: String, searchPath: [String]) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        return searchPath.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The image Graphviz draws from `dot`. Throws `RenderError.failed` with Graphviz's own
    /// messages when it rejects the input or cannot write the format.
    public func render(_ dot: String, format: ImageFormat) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T\(format.rawValue)"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw RenderError.failed(status: -1, message: "cannot start \(executable): \(error.localizedDescription)")
        }
        // Feed and drain concurrently, so a large diagram cannot fill a pipe and stall both sides.
        let group = DispatchGroup()
        let collected = CollectedErrors()
        let writer = input.fileHandleForWriting, reader = errors.fileHandleForReading
        DispatchQueue.global().async(group: group) {
            try? writer.write(contentsOf: Data(dot.utf8))
            try? writer.close()
        }
        DispatchQueue.global().async(group: group) { collected.set(reader.readDataToEndOfFile()) }
        let image = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let message = String(decoding: collected.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0 else {
            throw RenderError.failed(status: process.terminationStatus, message: message)
        }
        return image
    }
}

/// Graphviz's standard error, handed from the thread that reads it.
private final class CollectedErrors: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Data()

    func set(_ data: Data) { lock.withLock { stored = data } }
    var data: Data { lock.withLock { stored } }
}

/// Why a diagram could not be rendered, with what to do.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// No `dot` on `PATH`.
    case graphvizMissing
    /// `KG_DOT` names something that is not an executable.
    case notExecutable(String)
    /// Graphviz ran and failed; its exit status and messages.
    case failed(status: Int32, message: String)

    /// A message for the user.
    public var description: String {
        switch self {
        case .graphvizMissing:
            return "Graphviz's 'dot' is not on PATH, so kg cannot render images. Install Graphviz "
                + "('apt-get install graphviz' on Debian/Ubuntu, 'brew install graphviz' on macOS) or point KG_DOT at dot. "
                + "'kg export dot' still writes the DOT text without it."
        case .notExecutable(let name):
            return "KG_DOT is set to '\(name)', which is not an executable program; set it to the path of Graphviz's dot, or unset it to use dot from PATH"
        case .failed(let status, let message):
            let reason = message.isEmpty ? " (it printed nothing)" : "\n" + message
            return "Graphviz's dot failed (exit status \(status)):" + reason
        }
    }
}
