extension ReplSession {
    /// Runs a query line. (Wired to the query language when the `query` branch is merged.)
    mutating func runQuery(_ text: String) -> ReplResponse {
        .failure("queries need the query language, which is not merged into this branch yet")
    }

    /// `:render FILE`. (Wired to the exporters when the `export` branch is merged.)
    func render(_ words: [String]) -> ReplResponse {
        .failure(":render needs the exporters, which are not merged into this branch yet")
    }
}
