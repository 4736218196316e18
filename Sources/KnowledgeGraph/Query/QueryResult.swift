/// One answer to a query: the entities of the returned columns and the relations the
/// match used (so `--evidence` can cite them and `--format dot` can draw them).
public struct QueryRow: Hashable, Sendable {
    /// Entity positions, one per column; for a path, every entity along it, in order.
    public let values: [Int]
    /// Positions of the relations the match used, in pattern order.
    public let edges: [Int]

    /// Creates a row.
    public init(values: [Int], edges: [Int]) {
        self.values = values
        self.edges = edges
    }
}

/// What a query returned: the columns, the rows (sorted, deduplicated when `distinct`,
/// cut to `limit`), the count when `count` was asked, and notices about bounds that cut
/// the search short.
public struct QueryResult: Sendable {
    /// Column headers (`?`, `?r`, …; `path` for a path query).
    public let columns: [String]
    /// The rows, in their stable order.
    public let rows: [QueryRow]
    /// True when each row is a path (`path A .. B`).
    public let isPath: Bool
    /// The number of rows, when the query ended with `count`.
    public let count: Int?
    /// Messages about bounds that cut results (depth, result count); empty when complete.
    public let notices: [String]

    /// Creates a result.
    public init(columns: [String], rows: [QueryRow], isPath: Bool = false, count: Int? = nil, notices: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.isPath = isPath
        self.count = count
        self.notices = notices
    }

    /// True when the query found something (a non-zero count, or at least one row): exit status 0.
    public var hasResults: Bool { count.map { $0 > 0 } ?? !rows.isEmpty }

    /// The part of `graph` the rows matched: every returned entity, every relation used and
    /// its two ends, and the documents their evidence cites. This is what `--format dot` draws.
    public func subgraph(of graph: Graph) -> Graph {
        graph.subgraph(entities: rows.flatMap(\.values), relations: rows.flatMap(\.edges))
    }
}
