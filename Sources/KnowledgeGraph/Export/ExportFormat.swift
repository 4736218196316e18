/// The formats `kg export` writes, each for a different consumer.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Graphviz DOT, for `dot -Tsvg` and `kg render`.
    case dot
    /// SCHEMA.md's exchange format; reads back with `--graph`.
    case json
    /// GraphML, for Gephi, yEd and NetworkX.
    case graphml
    /// RDF Turtle, for triple stores.
    case turtle
    /// RDF N-Triples, one triple per line.
    case ntriples
    /// A Cypher script of MERGE statements, for Neo4j's cypher-shell.
    case cypher

    /// The graph in this format. `base` is the IRI the RDF namespaces hang from.
    public func text(of graph: Graph, dot options: DOTOptions, base: String) -> String {
        switch self {
        case .dot: DOTExporter.export(graph, options: options)
        case .json: GraphJSON.encode(graph)
        case .graphml: GraphMLExporter.export(graph)
        case .turtle: RDFExporter(base: base).turtle(graph)
        case .ntriples: RDFExporter(base: base).nTriples(graph)
        case .cypher: CypherExporter.export(graph)
        }
    }
}
