import Foundation
import KnowledgeGraph

/// `kg render`: draws a diagram with Graphviz, or regenerates every diagram of a list.
enum RenderCommand {
    static let command = Command(name: "render", summary: "draw the graph as SVG, PNG or PDF with Graphviz",
                                 usage: usage, run: run)

    static let usage = """
        usage: kg render [PATHS... | --graph FILE] [SELECTION] [DIAGRAM OPTIONS] --format svg|png|pdf -o FILE
               kg render --diagrams LIST

        Writes the same diagram as 'kg export dot' (see 'kg help export' for the options) and runs
        Graphviz's dot on it (from PATH, or the program KG_DOT names). The image is written atomically.

        --diagrams LIST regenerates every diagram of a list such as Graphviz/diagrams.txt
        (one per line: NAME and its 'kg export dot' arguments), writing NAME.dot and NAME.svg beside it.
        """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        if let list = try arguments.option("--diagrams") {
            guard try arguments.positionals().isEmpty else { throw UsageError("--diagrams takes no other arguments") }
            return try renderAll(list)
        }
        let options = try ExportCommand.parse { try RenderOptions.parse(arguments.takeRemaining()) }
        let renderer = try GraphvizRenderer.locate()
        let (graph, problems) = try ExportCommand.load(options.export)
        let image = try renderer.render(options.export.text(for: graph), format: options.format)
        try AtomicFile.write(image, to: options.export.output!)
        return problems > 0 ? 1 : 0
    }

    private static func renderAll(_ list: String) throws -> Int32 {
        let set = try DiagramSet.load(list)
        let renderer = try GraphvizRenderer.locate()
        var problems = 0
        let diagrams = try set.generate { source in
            try source.load { problem in
                problems += 1
                Terminal.warn(problem.description)
            }
        }
        for diagram in diagrams {
            let base = set.folder + "/" + diagram.name
            try AtomicFile.write(diagram.dot, to: base + ".dot")
            try AtomicFile.write(renderer.render(diagram.dot, format: .svg), to: base + ".svg")
            Terminal.print("wrote \(base).dot and \(base).svg")
        }
        return problems > 0 ? 1 : 0
    }
}
