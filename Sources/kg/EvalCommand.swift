import KnowledgeGraph

/// `kg eval`: score an extraction against a gold graph, as SCHEMA.md's Evaluation section says.
enum EvalCommand {
    static let command = Command(name: "eval", summary: "score an extracted graph against a gold graph", usage: usage, run: run)

    static let usage = """
        usage: kg eval OUTPUT.json GOLD.json [--details]

        Prints precision, recall and F1 per entity kind and per predicate, then a summary line
        (the same figures as gold/score.py). --details lists the missed and the wrong items.
        """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let details = arguments.flag("--details")
        let paths = try arguments.positionals()
        guard paths.count == 2 else { throw UsageError("expected two files, the output graph and the gold graph") }
        let scorecard = GraphScorer.score(try GraphFile.load(paths[0]), against: try GraphFile.load(paths[1]))
        Terminal.print(scorecard.report(details: details), terminator: "")
        return 0
    }
}
