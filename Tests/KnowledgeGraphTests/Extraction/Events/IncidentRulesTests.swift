import Testing
@testable import KnowledgeGraph

/// Incident events and passive report authorship on invented sentences.
@Suite struct IncidentRulesTests {
    @Test func reportIntoADeathMakesTheDeathAnInvestigatedEvent() throws {
        let graph = try ExtractionHelpers.graph("""
            A serious case review into the death of John Briggs was published by the Westshire Safeguarding Children Board.
            """)
        let report = "serious case review into the death of John Briggs"
        #expect(ExtractionHelpers.relation(graph, "Westshire Safeguarding Children Board", .published, report) != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire Safeguarding Children Board", .investigated, "death of John Briggs") != nil)
    }

    @Test func theReviewByAnAgentIsAuthorship() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was leaked. The report by the Westshire Safeguarding Children Board was delayed.
            """)
        let authored = try #require(ExtractionHelpers.relation(graph, "Westshire Safeguarding Children Board", .authored, "Okafor Report"))
        #expect(authored.rule == "report-reference-by")
    }

    @Test func deathsJailingsAndNamedIncidents() throws {
        let graph = try ExtractionHelpers.graph("""
            Ann Wood died in May 2019 after months of neglect.
            In 2021 four Barset men were jailed for fraud.
            The Leeds attack shocked the town, as did the 'Red Door' affair.
            """)
        #expect(ExtractionHelpers.entity(graph, "death of Ann Wood (2019)", .event)?.attributes["date"] == "2019-05")
        #expect(ExtractionHelpers.entity(graph, "jailing of four Barset men (2021)", .event) != nil)
        #expect(ExtractionHelpers.relation(graph, "Leeds attack", .locatedIn, "Leeds") != nil)
        #expect(ExtractionHelpers.entity(graph, "Red Door affair", .event) != nil)
    }

    @Test func aCommitteeHearingHasTheCommitteeTakingPart() throws {
        let graph = try ExtractionHelpers.graph("The Barset Council Scrutiny Committee hearing heard evidence from Ann Wood.")
        #expect(ExtractionHelpers.relation(graph, "Barset Council Scrutiny Committee", .participatedIn,
                                           "Barset Council Scrutiny Committee hearing") != nil)
    }

    @Test func undatedHappeningsTakeTheArticlesYearAndKeepTheUndatedAlias() throws {
        let graph = try ExtractionHelpers.graph("""
            In March 2016 the council was criticised by inspectors.
            Chief executive Amara Okafor resigned.
            """)
        let event = try #require(ExtractionHelpers.entity(graph, "Resignation of Amara Okafor", .event))
        #expect(event.name == "Resignation of Amara Okafor (2016)")
    }

    @Test func ministersStatementsAreReportsByTheirSpeaker() throws {
        let graph = try ExtractionHelpers.graph("""
            In an oral statement to MPs this afternoon, Jo Bloggs said the council had failed.
            'We must act,' Ed Smith said in his written ministerial statement.
            """)
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .authored, "oral statement to MPs") != nil)
        #expect(ExtractionHelpers.relation(graph, "Ed Smith", .authored, "written ministerial statement") != nil)
    }

    @Test func aCouncilPartIsNamedByItsPlaceInEventNames() throws {
        let graph = try ExtractionHelpers.graph("""
            Barset Metropolitan Borough Council was criticised.
            In May 2016 Barset Metropolitan Borough Council's cabinet resigned.
            """)
        let event = try #require(ExtractionHelpers.entity(graph, "Resignation of the Barset cabinet (2016)", .event))
        #expect(event.aliases.contains("Resignation of the Barset Metropolitan Borough Council cabinet"))
    }

    @Test func aReportIntoNeglectLocatesTheNeglect() throws {
        let graph = try ExtractionHelpers.graph("A damning report into the horrific neglect of four children in Leeds blamed managers.")
        #expect(ExtractionHelpers.relation(graph, "neglect of four children in Leeds", .locatedIn, "Leeds") != nil)
    }
}
