import Testing
@testable import KnowledgeGraph

@Suite struct QueryRunnerTests {
    private let runner: QueryRunner
    init() throws { runner = QueryRunner(graph: try QueryTestGraph.make()) }

    @Test func exitStatusIsZeroWithResultsOneWithoutTwoOnErrors() {
        #expect(runner.run("Field -> authored -> ?").exitStatus == 0)
        #expect(runner.run("Field -> leads -> ?").exitStatus == 1)
        #expect(runner.run("?x:person where ?x.name = nobody count").exitStatus == 1)
        #expect(runner.run("Field -> authord -> ?").exitStatus == 2)
        #expect(runner.run("Feild Anna -> authored -> ?").exitStatus == 2)
    }

    @Test func errorsAreRenderedWithACaretAndNothingGoesToOutput() {
        let outcome = runner.run("Anna Feild -> authored -> ?")
        #expect(outcome.output.isEmpty)
        #expect(outcome.diagnostics == ["""
            error (column 1): no entity named 'Anna Feild' — did you mean Anna Field (person)?
              Anna Feild -> authored -> ?
              ^~~~~~~~~~
            """])
    }

    @Test func explainPrintsThePlanWithoutRunning() {
        let outcome = runner.run("Field -> authored -> ?", options: QueryRunner.Options(explain: true))
        #expect(outcome.result == nil)
        #expect(outcome.output.hasPrefix("query: \"Field\" -> authored -> ?\nplan:\n  1. start at \"Field\" = Anna Field (person)"))
    }

    @Test func completionOffersKeywordsPredicatesAndKinds() {
        for word in ["where", "limit", "path", "resigned_from", "member_of", "report", "person"] {
            #expect(QueryRunner.completionWords.contains(word))
        }
    }

    @Test func allPathsIsAnErrorOutsideAPathQuery() {
        let outcome = runner.run("Field -> authored -> ?", options: QueryRunner.Options(allPaths: true))
        #expect(outcome.exitStatus == 2)
        #expect(outcome.diagnostics.first?.hasPrefix("error (column 1): --all only applies to path queries") == true)
    }
}
