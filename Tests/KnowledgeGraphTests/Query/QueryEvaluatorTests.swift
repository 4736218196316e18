import Testing
@testable import KnowledgeGraph

@Suite struct QueryEvaluatorTests {
    private let graph: Graph
    init() throws { graph = try QueryTestGraph.make() }

    /// The rows of `query` as entity names, one array per row.
    private func rows(_ query: String) throws -> [[String]] {
        let result = try QueryRunner(graph: graph).result(of: query)
        return result.rows.map { $0.values.map { graph.entities[$0].name } }
    }

    @Test func followsAForwardEdgeFromANamedNode() throws {
        #expect(try rows("Field -> recommended -> ?") == [["fresh leadership"]])
    }

    @Test func followsABackwardEdge() throws {
        #expect(try rows("\"fresh leadership\" <- recommended <- ?") == [["Anna Field"], ["Field Report"]])
    }

    @Test func chainsReturnEveryVariableButNotHiddenNodes() throws {
        #expect(try rows("? -> authored -> ?r:report -> found -> ?") == [["Anna Field", "Field Report", "poor oversight"]])
        let hidden = try QueryRunner(graph: graph).result(of: "? -> authored -> _ -> found -> ?")
        #expect(hidden.columns == ["?1", "?2"])
    }

    @Test func kindFiltersKeepOnlyThatKind() throws {
        #expect(try rows("\"fresh leadership\" <- recommended <- ?:person") == [["Anna Field"]])
        #expect(try rows("Holt -> * -> ?x:body") == [["Westshire Council cabinet"], ["Westshire County Council"], ["Westshire County Council"]])
    }

    @Test func alternationFollowsEachPredicate() throws {
        #expect(try rows("Inspection Office -> inspected|commissioned -> ?") == [["Field Report"], ["Westshire County Council"]])
    }

    @Test func aSharedVariableJoinsPatterns() throws {
        #expect(try rows("?p:person -> resigned_from -> ?b, ?p -> leads -> ?b") == [["Brian Holt", "Westshire County Council"]])
        #expect(try rows("?p -> recommended -> ?c, ?p -> found -> ?f") == [["Field Report", "fresh leadership", "poor oversight"]])
    }

    @Test func patternsWithoutASharedVariableMultiply() throws {
        #expect(try rows("?p -> leads -> _, ?r:report").count == 1)
        #expect(try rows("?e:event, ?c:concept").count == 4)
    }

    @Test func entityDatesCompareAsISOPrefixes() throws {
        #expect(try rows("?e:event where ?e.date = 2016") == [["Resignation of Brian Holt (2016)"]])
        #expect(try rows("?e:event where ?e.date >= \"2016-06\"") == [["Election (2017)"]])
        #expect(try rows("?x where ?x.date < 2017") == [["Field Report"], ["Resignation of Brian Holt (2016)"]])
    }

    @Test func relationAttributesFilterOnTheEdgesOfTheRow() throws {
        #expect(try rows("? -> leads|member_of -> ? where role = leader") == [["Brian Holt", "Westshire County Council"]])
        #expect(try rows("Inspection Office -> * -> ? where date >= 2015 and date < 2016") == [["Westshire County Council"]])
        #expect(try rows("? -> * -> ? where role ~ MEMB") == [["Brian Holt", "Westshire Council cabinet"]])
    }

    @Test func entityNameKindAndIDCanBeFiltered() throws {
        #expect(try rows("?x where ?x.name ~ westshire and ?x.kind != place") == [["Westshire Council cabinet"], ["Westshire County Council"]])
        #expect(try rows("?x where ?x.id = anna-field") == [["Anna Field"]])
    }

    @Test func variableLengthEdgesReachEachEntityByItsShortestRoute() throws {
        #expect(try rows("Holt -> member_of|part_of{1,2} -> ?") == [["Westshire Council cabinet"], ["Westshire County Council"]])
        #expect(try rows("Holt -> member_of|part_of{2,2} -> ?") == [["Westshire County Council"]])
        let result = try QueryRunner(graph: graph).result(of: "Holt -> member_of|part_of{2} -> ?")
        #expect(result.rows.first?.edges.map { graph.relations[$0].predicate } == [.memberOf, .partOf])
        #expect(try rows("Westshire:place <- *1..3 <- ?:person") == [["Brian Holt"]])
    }

    @Test func pathFindsOneShortestPathInEitherDirection() throws {
        let result = try QueryRunner(graph: graph).result(of: "path Anna Field .. Westshire:place")
        #expect(result.isPath)
        #expect(result.rows.count == 1)
        #expect(result.rows[0].values.map { graph.entities[$0].name } ==
                ["Anna Field", "Field Report", "Inspection Office", "Westshire County Council", "Westshire"])
    }

    @Test func pathAllListsEveryShortestPath() throws {
        let viaKeyword = try QueryRunner(graph: graph).result(of: "path Field Report .. Westshire County Council all")
        #expect(viaKeyword.rows.map { $0.edges.map { graph.relations[$0].predicate } } == [[.commissioned, .criticised], [.commissioned, .inspected]])
        let viaOption = try QueryRunner(graph: graph).result(of: "path Field Report .. Westshire County Council", allPaths: true)
        #expect(viaOption.rows == viaKeyword.rows)
    }

    @Test func pathBetweenUnconnectedEntitiesIsEmpty() throws {
        let result = try QueryRunner(graph: graph).result(of: "path Anna Field .. Election")
        #expect(result.rows.isEmpty && !result.hasResults)
    }

    @Test func distinctCountAndLimitShapeTheRows() throws {
        #expect(try rows("Holt -> * -> ?") .count == 3)
        #expect(try rows("Holt -> * -> ? distinct").count == 2)
        #expect(try QueryRunner(graph: graph).result(of: "Holt -> * -> ? distinct count").count == 2)
        #expect(try rows("?x:person limit 2") == [["Anna Field"], ["Brian Holt"]])
    }

    @Test func aPatternWithoutVariablesTellsWhetherItMatches() throws {
        #expect(try QueryRunner(graph: graph).result(of: "Field -> authored -> Field Report").rows.count == 1)
        #expect(try QueryRunner(graph: graph).result(of: "Field -> found -> Field Report").rows.isEmpty)
    }

    @Test func rowsRecordTheRelationsTheyUsed() throws {
        let result = try QueryRunner(graph: graph).result(of: "Field -> authored -> ? -> found -> ?")
        #expect(result.rows[0].edges.map { graph.relations[$0].key } == [
            RelationKey(subject: "anna-field", predicate: .authored, object: "field-report"),
            RelationKey(subject: "field-report", predicate: .found, object: "poor-oversight"),
        ])
    }

    @Test func subgraphHoldsTheMatchedEntitiesAndRelations() throws {
        let result = try QueryRunner(graph: graph).result(of: "Field -> authored -> ? -> found -> ?")
        let subgraph = result.subgraph(of: graph)
        #expect(subgraph.entities.map(\.id) == ["anna-field", "field-report", "poor-oversight"])
        #expect(subgraph.relations.count == 2)
        #expect(subgraph.documents.map(\.id) == ["w1"])
    }
}
