import Testing
@testable import KnowledgeGraph

@Suite struct QueryParserTests {
    private func patterns(_ text: String) throws -> [Query.Pattern] {
        guard case .match(let patterns, _) = try QueryParser.parse(text).body else { throw QueryError("not a match", at: 0..<0) }
        return patterns
    }

    @Test func parsesAForwardChainWithKindsAndVariables() throws {
        let chain = try #require(try patterns("? -> authored -> ?r:report -> found -> ?").first)
        #expect(chain.start.term == .variable(nil))
        #expect(chain.steps.map(\.edge.predicates) == [[.authored], [.found]])
        #expect(chain.steps.map(\.edge.forward) == [true, true])
        #expect(chain.steps[0].node == Query.Node(.variable("r"), kind: .report, range: 17..<26))
    }

    @Test func bareWordsJoinIntoOneNameAndQuotedNamesKeepPunctuation() throws {
        let chain = try #require(try patterns("Louise Casey -> authored -> \"Rotherham: What Next?\"").first)
        #expect(chain.start.term == .name("Louise Casey"))
        #expect(chain.steps[0].node.term == .name("Rotherham: What Next?"))
    }

    @Test func parsesBackwardEdgesAlternationAnyAndHidden() throws {
        let chain = try #require(try patterns("Ofsted <- authored|published <- _ -> * -> ?x").first)
        #expect(chain.steps[0].edge.forward == false)
        #expect(chain.steps[0].edge.predicates == [.authored, .published])
        #expect(chain.steps[0].node.term == .hidden)
        #expect(chain.steps[1].edge.predicates.isEmpty)
    }

    @Test func parsesBothRepetitionSpellings() throws {
        let braces = try #require(try patterns("A -> member_of{1,3} -> ?").first?.steps.first?.edge)
        #expect((braces.minHops, braces.maxHops) == (1, 3))
        let exact = try #require(try patterns("A -> part_of{2} -> ?").first?.steps.first?.edge)
        #expect((exact.minHops, exact.maxHops) == (2, 2))
        let dotted = try #require(try patterns("A -> *1..3 -> ?").first?.steps.first?.edge)
        #expect((dotted.predicates, dotted.minHops, dotted.maxHops) == ([], 1, 3))
        let predicateDotted = try #require(try patterns("A -> member_of*2..4 -> ?").first?.steps.first?.edge)
        #expect((predicateDotted.predicates, predicateDotted.minHops, predicateDotted.maxHops) == ([.memberOf], 2, 4))
    }

    @Test func parsesJoinsWhereAndModifiers() throws {
        let query = try QueryParser.parse("?p:person -> resigned_from -> ?b, ?p -> leads -> ?b where ?b.kind = body and role = leader distinct count limit 5")
        guard case .match(let patterns, let conditions) = query.body else { Issue.record("expected a match"); return }
        #expect(patterns.count == 2)
        #expect(conditions.map(\.description) == [#"?b.kind = "body""#, #"role = "leader""#])
        #expect(query.distinct && query.count && query.limit == 5)
    }

    @Test func conditionValuesMayBeQuotedNumbersOrSeveralWords() throws {
        let query = try QueryParser.parse(#"?x -> leads -> ? where role = chief executive and date >= 2015 and ?x.date < "2016-02""#)
        guard case .match(_, let conditions) = query.body else { Issue.record("expected a match"); return }
        #expect(conditions.map(\.value) == ["chief executive", "2015", "2016-02"])
    }

    @Test func parsesPathQueries() throws {
        let query = try QueryParser.parse("path Casey .. \"Ofsted\":body all limit 2")
        #expect(query.body == .path(from: Query.Node(.name("Casey"), range: 5..<10),
                                    to: Query.Node(.name("Ofsted"), kind: .body, range: 14..<27), all: true))
        #expect(query.limit == 2)
    }

    @Test func canonicalFormRoundTrips() throws {
        let text = #""Louise Casey":person -> member_of{1,3} -> ?b, ?b <- * <- _ where ?b.date >= "2015" distinct limit 3"#
        let query = try QueryParser.parse(text)
        #expect(query.description == text)
    }

    @Test func canonicalFormEscapesQuotesInNames() throws {
        let query = try QueryParser.parse(#""The \"Star\"" -> spoke_to -> ?"#)
        #expect(query.description == #""The \"Star\"" -> spoke_to -> ?"#)
        #expect(try QueryParser.parse(query.description).description == query.description)
    }
}
