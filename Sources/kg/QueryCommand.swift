import Foundation
import KnowledgeGraph

/// `kg query`: ask the graph a question in the path language of docs/QUERY.md.
enum QueryCommand {
    static let command = Command(name: "query", summary: "ask the graph a question (see docs/QUERY.md)", usage: usage, run: run)

    static let usage = """
        usage: kg query QUERY [PATHS... | --graph FILE] [--format table|json|tsv|dot] [--evidence] [--explain] [--all]
               kg query --file QUERY.kgq [PATHS... | --graph FILE] [options]

        Runs a query over the graph extracted from PATHS (default: the bundled seeds/) or loaded
        from --graph FILE, e.g.  kg query "Casey -> recommended -> ?"
          --format    table (default on a terminal), tsv (default in a pipe, no header), json, or
                      dot: the matched subgraph for Graphviz (kg query ... --format dot | dot -Tsvg > q.svg)
          --evidence  follow each row with the sentences behind every relation it used
          --explain   print the parsed query and the plan instead of running it
          --all       every shortest path for 'path A .. B' (same as ending the query with 'all')
          --file F    read the query from F ('#' starts a comment)
        Exit status: 0 with results, 1 with none, 2 for a usage, syntax or name error.
        """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let formatName = try arguments.option("--format", "-f") ?? (Terminal.outputIsTerminal ? "table" : "tsv")
        guard let format = ResultFormatter.Format(rawValue: formatName) else {
            let names = ResultFormatter.Format.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError("--format takes \(names), not '\(formatName)'")
        }
        let graphFile = try arguments.option("--graph", "-g")
        let queryFile = try arguments.option("--file")
        let options = QueryRunner.Options(format: format, evidence: arguments.flag("--evidence"),
                                          explain: arguments.flag("--explain"), allPaths: arguments.flag("--all"))
        var paths = try arguments.positionals()
        let text: String
        if let queryFile {
            guard FileManager.default.fileExists(atPath: queryFile) else {
                throw FileError(path: queryFile, message: "no such query file")
            }
            guard let contents = try? String(contentsOfFile: queryFile, encoding: .utf8) else {
                throw FileError(path: queryFile, message: "cannot be read as UTF-8 text; expected a query file (.kgq)")
            }
            text = contents
        } else {
            guard !paths.isEmpty else { throw UsageError("give a query, e.g. kg query \"Casey -> recommended -> ?\"") }
            text = paths.removeFirst()
        }
        let graph = try GraphSource.from(paths: paths, graphFile: graphFile).load { Terminal.warn($0.description) }
        let outcome = QueryRunner(graph: graph).run(text, options: options)
        Terminal.print(outcome.output, terminator: "")
        for message in outcome.diagnostics {
            Terminal.warn(queryFile.map { "\($0): " + message } ?? message)
        }
        return outcome.exitStatus
    }
}
