import Foundation

/// The state of one `kg repl` session and everything a line can do to it.
///
/// A line is a query or a colon command. `execute` runs it and returns what to print; it
/// never throws, so a failing line is reported and the session goes on. The session keeps
/// the graph (which `:load` grows), the last result (for `:why`, `:export`, `:render`), the
/// result format and whether to time queries. It does no terminal I/O, so it is tested
/// directly and drives both the interactive prompt and scripts.
public struct ReplSession {
    /// The graph being explored.
    public internal(set) var graph: Graph
    /// What the last query or `:show` returned, if anything yet.
    public internal(set) var lastResult: ResultSubgraph?
    /// How query results are printed (`:format`).
    public internal(set) var format: ResultFormatter.Format
    /// Whether queries report their running time (`:timing`).
    public internal(set) var showsTiming = false
    /// True once `:quit` has run.
    public internal(set) var isFinished = false
    /// How many `:source` files are being run inside one another.
    var sourceDepth = 0

    /// The deepest `:source` nesting allowed, which stops a file that sources itself.
    static let maximumSourceDepth = 8

    /// A session over `graph`, printing query results as `format`.
    public init(graph: Graph, format: ResultFormatter.Format = .table) {
        self.graph = graph
        self.format = format
    }

    /// The banner printed when an interactive session starts.
    public var banner: String {
        "kg: \(GraphCounts(graph)); :help for help"
    }

    /// Runs one complete input (a query or a command) and returns its output.
    public mutating func execute(_ input: String) -> ReplResponse {
        let line = input.trimmingCharacters(in: .whitespacesAndNewlines)
        let onlyComments = line.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        if line.isEmpty || onlyComments { return ReplResponse() }
        guard line.hasPrefix(":") else { return timed { $0.runQuery(line) } }
        let name = String(line.prefix { !$0.isWhitespace })
        let rest = line.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        guard let command = SessionCommand.named(name) else { return unknownCommand(name) }
        return run(command, arguments: rest)
    }

    /// Runs `work`, adding its running time when `:timing on`.
    mutating func timed(_ work: (inout ReplSession) -> ReplResponse) -> ReplResponse {
        let clock = ContinuousClock()
        let start = clock.now
        var response = work(&self)
        if showsTiming {
            let elapsed = clock.now - start
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            response.messages.append(.init(String(format: "time: %.3f ms", milliseconds)))
        }
        return response
    }

    /// The error for a command name that is not in `SessionCommand.all`, suggesting the closest.
    func unknownCommand(_ name: String) -> ReplResponse {
        let names = SessionCommand.all.map { ":" + $0.name }
        if let hint = NameSuggester.suggestions(for: name, among: names, limit: 1).first {
            return .failure("unknown command '\(name)'; did you mean \(hint)?")
        }
        return .failure("unknown command '\(name)'; :help lists the commands")
    }

    /// A usage error for `command`.
    func usage(_ command: String, _ problem: String) -> ReplResponse {
        .failure("\(problem); usage: \(SessionCommand.named(command)?.usage ?? ":" + command)")
    }
}
