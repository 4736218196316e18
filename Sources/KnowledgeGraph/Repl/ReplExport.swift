/// The formats `:export` writes and the writing itself.
public enum ReplExport {
    /// Every format `:export` accepts.
    public static let formats = ["json"]

    /// Writes `graph` to `path` in `format` (one of `formats`), atomically.
    public static func write(_ graph: Graph, format: String, to path: String) throws {
        try GraphFile.save(graph, to: path)
    }
}
