import KnowledgeGraph

/// `kg export`: the graph, or a selected part of it, in a format another tool reads.
enum ExportCommand {
    static let command = Command(name: "export", summary: "write the graph as DOT, JSON, GraphML, RDF or Cypher",
                                 usage: usage, run: run)

    static let usage = """
        usage: kg export FORMAT [PATHS... | --graph FILE] [SELECTION] [DIAGRAM OPTIONS] [-o FILE]

        FORMAT is one of:
          dot        Graphviz diagram (render with 'kg render' or 'dot -Tsvg')
          json       the exchange format of SCHEMA.md (reads back with --graph)
          graphml    for Gephi, yEd and NetworkX
          turtle     RDF Turtle          --base IRI sets the namespaces' root
          ntriples   RDF N-Triples       (default \(RDFExporter.defaultBase))
          cypher     MERGE script for Neo4j: cypher-shell -f FILE

        The graph comes from the articles at PATHS, a saved graph (--graph FILE), or seeds/.

        selection:
          --around NAME       only NAME's neighbourhood (repeatable)
          --depth N           how many relations away from NAME (default 1)
          --kinds K,K         only these kinds: person, body, report, event, place, concept
          --predicates P,P    only these predicates (authored, found, leads, ...)

        diagram options (dot):
          --cluster kind      box each kind          --rankdir LR|TB|RL|BT  layout direction (LR)
          --timeline          dated events and reports along a time axis
          --title TEXT        caption                 --no-legend            leave out the legend

        -o FILE writes the file atomically instead of printing.
        """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let options = try parse { try ExportOptions.parse(arguments.takeRemaining()) }
        let (graph, problems) = try load(options)
        try write(options.text(for: graph), to: options.output)
        return problems > 0 ? 1 : 0
    }

    /// Runs a library parser, turning its complaints into usage errors (exit status 2, usage shown).
    static func parse<T>(_ parser: () throws -> T) throws -> T {
        do {
            return try parser()
        } catch let error as ExportOptionError {
            throw UsageError(error.description)
        }
    }

    /// The graph the options name, warning about each article that could not be read.
    static func load(_ options: ExportOptions) throws -> (Graph, problems: Int) {
        var problems = 0
        let graph = try options.graphSource().load { problem in
            problems += 1
            Terminal.warn(problem.description)
        }
        return (graph, problems)
    }

    /// Writes `text` atomically to `path`, or prints it when there is no path.
    static func write(_ text: String, to path: String?) throws {
        if let path {
            try AtomicFile.write(text, to: path)
        } else {
            Terminal.print(text, terminator: "")
        }
    }
}
