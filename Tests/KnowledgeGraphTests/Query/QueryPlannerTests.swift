import Testing
@testable import KnowledgeGraph

@Suite struct QueryPlannerTests {
    private let graph: Graph
    init() throws { graph = try QueryTestGraph.make() }

    private func plan(_ text: String) throws -> QueryPlan {
        try QueryPlanner(graph: graph).plan(try QueryParser.parse(text))
    }

    private func isScan(_ step: QueryPlan.Step, in plan: QueryPlan) -> Bool {
        if case .bind(let slot) = step { return plan.slots[slot].fixed == nil }
        return false
    }

    @Test func aNamedNodeIsResolvedOnceAndNothingIsScanned() throws {
        let plan = try plan("? -> recommended -> fresh leadership")
        #expect(plan.slots[1].fixed == graph.position(ofID: "fresh-leadership"))
        #expect(!plan.steps.contains { isScan($0, in: plan) })
        guard case .traverse(let traversal) = plan.steps[1] else { Issue.record("expected a traversal"); return }
        #expect((traversal.from, traversal.to, traversal.forward) == (1, 0, false))
    }

    @Test func startsFromTheNamedNodeWithTheFewestRelations() throws {
        // Westshire County Council has five incoming relations, Field Report two.
        let plan = try plan("Westshire County Council <- * <- ?x -> * -> Field Report")
        guard case .bind(let first) = plan.steps[0], case .traverse(let traversal) = plan.steps[2] else {
            Issue.record("expected two binds, then a traversal"); return
        }
        #expect(plan.slots[first].fixed == graph.position(ofID: "field-report"))
        #expect(traversal.from == first)
    }

    @Test func withoutANameScansTheSmallestKindFirst() throws {
        let plan = try plan("?p:person -> * -> ?r:report")
        guard case .bind(let slot) = plan.steps[0] else { Issue.record("expected a scan"); return }
        #expect(plan.slots[slot].label == "?r:report")
    }

    @Test func entityConditionsRunAsSoonAsTheirVariableIsBound() throws {
        let plan = try plan("Holt -> * -> ?b, ?b -> located_in -> ?p where ?b.kind = body")
        let kinds = plan.steps.map { step -> String in
            switch step {
            case .bind: return "bind"
            case .traverse: return "traverse"
            case .check: return "check"
            }
        }
        #expect(kinds == ["bind", "traverse", "check", "traverse"])
    }

    @Test func explainShowsTheQueryAndTheNumberedSteps() throws {
        #expect(try plan("Holt -> leads|member_of -> ?b:body, ?b -> located_in -> ?p where role = leader").description == """
            query: "Holt" -> leads|member_of -> ?b:body, ?b -> located_in -> ?p where role = "leader"
            plan:
              1. start at "Holt" = Brian Holt (person)  [1 entity]
              2. follow "Holt" -> leads|member_of -> ?b:body  [2 relations]
              3. follow ?b:body -> located_in -> ?p  [~1 per row]
              then keep rows where some relation has role = "leader"
            returns: ?b, ?p
            """)
    }

    @Test func aVariableCannotHaveTwoKinds() throws {
        #expect(throws: QueryError("?x is filtered as person earlier and as body here; a variable has one kind", at: 18..<25)) {
            try plan("?x:person -> * -> ?x:body")
        }
    }
}
