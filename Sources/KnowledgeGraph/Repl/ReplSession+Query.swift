extension ReplSession {
    /// Runs a query through `QueryRunner` (as `kg query` does) in the session's format. A
    /// syntax or name error fails the line; a query that finds nothing succeeds. The rows'
    /// entities and relations become the last result.
    mutating func runQuery(_ text: String) -> ReplResponse {
        let outcome = QueryRunner(graph: graph).run(text, options: QueryRunner.Options(format: format))
        var response = ReplResponse(success: outcome.exitStatus != 2)
        let output = outcome.output.hasSuffix("\n") ? String(outcome.output.dropLast()) : outcome.output
        if !output.isEmpty { response.messages.append(.init(output)) }
        response.messages += outcome.diagnostics.map { .init($0, stream: .diagnostic) }
        if let result = outcome.result {
            lastResult = ResultSubgraph(
                entityIDs: result.rows.flatMap(\.values).map { graph.entities[$0].id },
                relationKeys: result.rows.flatMap(\.edges).map { graph.relations[$0].key },
                origin: "the query")
        }
        return response
    }
}
