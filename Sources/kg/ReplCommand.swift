import Foundation
import KnowledgeGraph

/// `kg repl`: an interactive session on a terminal, or a script read from standard input.
enum ReplCommand {
    static let command = Command(name: "repl", summary: "explore the graph interactively (or run a script of queries)", usage: usage, run: run)

    static let usage = """
        usage: kg repl [PATHS... | --graph FILE] [--bail] [--echo]

        Loads the graph (the bundled seeds/ by default) and reads queries and :commands.
        On a terminal: line editing, history (~/.kg_history, or the file KG_HISTORY names;
        KG_HISTORY= turns it off) and Tab completion; :help lists the commands.
        Otherwise (kg repl < session.kgq, a pipe, or TERM=dumb) the lines run in order without
        prompts, and the exit status is 1 if any failed. --bail stops at the first failing line;
        --echo prints each line after its prompt, so the output reads like a typed session.
        """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let bail = arguments.flag("--bail")
        let echo = arguments.flag("--echo")
        let graphFile = try arguments.option("--graph", "-g")
        let paths = try arguments.positionals()
        let graph = try GraphSource.from(paths: paths, graphFile: graphFile).load { Terminal.warn($0.description) }
        var session = ReplSession(graph: graph)
        let environment = ProcessInfo.processInfo.environment
        if isatty(STDIN_FILENO) != 0, Terminal.outputIsTerminal, environment["TERM"] != "dumb" {
            var interactive = InteractiveSession(session: session, historyPath: History.location(environment: environment))
            return try interactive.run()
        }
        let lines = AnySequence { AnyIterator { Swift.readLine(strippingNewline: true) } }
        let succeeded = ScriptRunner(stopAtFirstFailure: bail, echo: echo).run(lines, in: &session) { message in
            if message.stream == .output { Terminal.print(message.text) } else { Terminal.error(message.text) }
        }
        return succeeded ? 0 : 1
    }
}
