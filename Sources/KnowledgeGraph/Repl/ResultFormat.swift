/// How the REPL prints query results, chosen with `:format`.
public enum ResultFormat: String, CaseIterable, Sendable {
    /// Aligned columns with a count line; the default on a terminal.
    case table
    /// Stable, sorted JSON.
    case json
    /// Tab-separated values, one row per line.
    case tsv
}
