import KnowledgeGraph

/// `kg extract`: articles in, graph out (SCHEMA.md JSON or a readable listing).
enum ExtractCommand {
    static let command = Command(name: "extract", summary: "extract a knowledge graph from articles", usage: usage, run: run)

    static let usage = """
        usage: kg extract [PATHS...] [--format json|text] [-o FILE]

        Reads plain-text articles (files, or folders searched for *.txt) and prints the graph.
        With no paths, reads the bundled seeds/. -o writes the file atomically instead of printing;
        a FILE ending in .kgraph gets a binary snapshot that --graph reads back quickly.
        """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let format = try arguments.option("--format", "-f") ?? "json"
        let output = try arguments.option("--output", "-o")
        guard ["json", "text"].contains(format) else { throw UsageError("--format takes json or text, not '\(format)'") }
        let paths = try arguments.positionals()
        var problems = 0
        let graph = try GraphSource.from(paths: paths, graphFile: nil).load { problem in
            problems += 1
            Terminal.warn(problem.description)
        }
        if let output, GraphSnapshot.isSnapshotPath(output) {
            try GraphFile.save(graph, to: output)
            return problems > 0 ? 1 : 0
        }
        let text = format == "json" ? GraphJSON.encode(graph) : GraphListing.text(of: graph)
        if let output {
            try AtomicFile.write(text, to: output)
        } else {
            Terminal.print(text, terminator: "")
        }
        return problems > 0 ? 1 : 0
    }
}
