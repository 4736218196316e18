import Foundation
import KnowledgeGraph

/// `kg import`: a graph made elsewhere (TSV node and edge lists) becomes a kg graph file.
enum ImportCommand {
    static let command = Command(name: "import", summary: "turn TSV node and edge lists into a graph file", usage: usage, run: run)

    static let usage = """
        usage: kg import --nodes NODES.tsv --edges EDGES.tsv -o FILE

        NODES.tsv holds 'name<TAB>kind' rows, EDGES.tsv 'source<TAB>predicate<TAB>target' rows
        naming nodes by name (a header row, blank lines and # comments are allowed). Kinds and
        predicates are those of SCHEMA.md. FILE ending in .kgraph is a binary snapshot, else JSON.
        """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        guard let nodesPath = try arguments.option("--nodes"), let edgesPath = try arguments.option("--edges") else {
            throw UsageError("give both --nodes FILE and --edges FILE")
        }
        guard let output = try arguments.option("--output", "-o") else { throw UsageError("give the output with -o") }
        guard try arguments.positionals().isEmpty else { throw UsageError("import takes no positional arguments") }
        let list = try EdgeListTSV.parse(nodes: try readText(nodesPath), nodesPath: nodesPath,
                                         edges: try readText(edgesPath), edgesPath: edgesPath)
        let graph = try list.graph(rule: "imported")
        try GraphFile.save(graph, to: output)
        Terminal.print("wrote \(output): \(graph.entities.count) entities, \(graph.relations.count) relations")
        return 0
    }

    private static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw FileError(path: path, message: "cannot be read; is the path right?") }
        guard let text = String(data: data, encoding: .utf8) else { throw FileError(path: path, message: "is not UTF-8 text") }
        return text
    }
}
