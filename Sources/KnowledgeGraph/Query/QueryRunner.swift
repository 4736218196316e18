/// The query pipeline in one call — parse, plan, evaluate, format — shared by `kg query`
/// and the REPL so both behave the same.
public struct QueryRunner {
    /// How to run and print a query.
    public struct Options: Sendable {
        /// The output format.
        public var format: ResultFormatter.Format
        /// Follow each row with the evidence of the relations it used.
        public var evidence: Bool
        /// Print the parsed query and its plan instead of running it.
        public var explain: Bool
        /// Return every shortest path of a `path` query (as if it ended with `all`).
        public var allPaths: Bool

        /// Creates options; the defaults print a table of results.
        public init(format: ResultFormatter.Format = .table, evidence: Bool = false, explain: Bool = false, allPaths: Bool = false) {
            self.format = format
            self.evidence = evidence
            self.explain = explain
            self.allPaths = allPaths
        }
    }

    /// What running a query produced.
    public struct Outcome: Sendable {
        /// The result, when the query ran (nil for an error or `explain`).
        public let result: QueryResult?
        /// Text for standard output.
        public let output: String
        /// Messages for standard error: the rendered error, or notices about bounds.
        public let diagnostics: [String]
        /// 0 with results, 1 with none, 2 for a syntax or name error (as grep does).
        public let exitStatus: Int32
    }

    /// Everything a completer may offer besides entity names: keywords, predicates and kinds.
    public static let completionWords: [String] =
        QueryParser.keywords + Predicate.allCases.map(\.rawValue) + EntityKind.allCases.map(\.rawValue)

    private let graph: Graph

    /// Runs queries against `graph`.
    public init(graph: Graph) {
        self.graph = graph
    }

    /// Parses and plans `text`; with `allPaths`, a path query returns every shortest path.
    public func plan(_ text: String, allPaths: Bool = false) throws(QueryError) -> QueryPlan {
        var query = try QueryParser.parse(text)
        if allPaths {
            guard case .path(let from, let to, _) = query.body else {
                throw QueryError("--all only applies to path queries (path A .. B)", at: 0..<text.count)
            }
            query.body = .path(from: from, to: to, all: true)
        }
        return try QueryPlanner(graph: graph).plan(query)
    }

    /// The result of `text`, or the error that stopped it.
    public func result(of text: String, allPaths: Bool = false) throws(QueryError) -> QueryResult {
        QueryEvaluator(graph: graph).evaluate(try plan(text, allPaths: allPaths))
    }

    /// Runs `text` and formats the result (or the plan, or the error) as `options` say.
    public func run(_ text: String, options: Options = Options()) -> Outcome {
        do {
            let plan = try self.plan(text, allPaths: options.allPaths)
            if options.explain { return Outcome(result: nil, output: plan.description + "\n", diagnostics: [], exitStatus: 0) }
            let result = QueryEvaluator(graph: graph).evaluate(plan)
            let output = ResultFormatter(graph: graph, evidence: options.evidence)
                .format(result, as: options.format, caption: "kg query " + plan.query.description)
            return Outcome(result: result, output: output, diagnostics: result.notices, exitStatus: result.hasResults ? 0 : 1)
        } catch {
            return Outcome(result: nil, output: "", diagnostics: [error.rendered(in: text)], exitStatus: 2)
        }
    }

    /// "a", "a or b", "a, b or c": a list for a message.
    static func list(_ items: [String], conjunction: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }
}
