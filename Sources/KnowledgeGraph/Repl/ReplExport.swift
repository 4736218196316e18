import Foundation

/// Writing and drawing what a session selected, through the exporters `kg export` and
/// `kg render` use, so the files are the same.
public enum ReplExport {
    /// Every format `:export` accepts.
    public static let formats = ExportFormat.allCases.map(\.rawValue)

    /// Writes `graph` to `path` in `format`, atomically.
    public static func write(_ graph: Graph, format: ExportFormat, to path: String) throws {
        try AtomicFile.write(format.text(of: graph, dot: DOTOptions(), base: RDFExporter.defaultBase), to: path)
    }

    /// Draws `graph` with Graphviz (found as `kg render` finds it) and writes the image atomically.
    public static func render(_ graph: Graph, format: ImageFormat, to path: String) throws {
        let dot = ExportFormat.dot.text(of: graph, dot: DOTOptions(), base: RDFExporter.defaultBase)
        try AtomicFile.write(try GraphvizRenderer.locate().render(dot, format: format), to: path)
    }
}
