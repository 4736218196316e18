/// Turns articles into an evidenced knowledge graph.
///
/// SCAFFOLD: the real pipeline (clean-up → sentences → mentions → resolution → relations)
/// replaces this body; the signature is what the rest of kg relies on.
public struct Extractor: Sendable {
    /// Creates an extractor with the bundled linguistic resources.
    public init() throws {}

    /// Extracts one graph from all `sources`, merging entities across documents.
    public func extract(_ sources: [SourceText]) throws -> Graph {
        var builder = GraphBuilder()
        for source in sources { builder.addDocument(source.document) }
        return try builder.build()
    }
}
