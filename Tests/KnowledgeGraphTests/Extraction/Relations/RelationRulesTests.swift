import Testing
@testable import KnowledgeGraph

@Suite struct RelationRulesTests {
    @Test func roleAppositionsGiveLeadsAndMembership() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council met today. Council leader Brian Tull spoke first.
            Westshire County Council's director of housing Amara Okafor agreed.
            """)
        let leads = try #require(ExtractionHelpers.relation(graph, "Brian Tull", .leads, "Westshire County Council"))
        #expect(leads.attributes["role"] == "council leader")
        #expect(leads.rule == "role-leads")
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .memberOf, "Westshire County Council") != nil)
    }

    @Test func possessivePartsAndHomePlaces() throws {
        let graph = try ExtractionHelpers.graph("Barset Council's licensing committee met in Barset.")
        #expect(ExtractionHelpers.relation(graph, "Barset Council licensing committee", .partOf, "Barset Council") != nil)
        #expect(ExtractionHelpers.relation(graph, "Barset Council", .locatedIn, "Barset") != nil)
    }

    @Test func resignationMakesAnEventAndAnEdge() throws {
        let graph = try ExtractionHelpers.graph("Westshire Council was criticised. In March 2016 chief executive Amara Okafor resigned.")
        let resigned = try #require(ExtractionHelpers.relation(graph, "Amara Okafor", .resignedFrom, "Westshire Council"))
        #expect(resigned.attributes["date"] == "2016-03")
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .participatedIn, "Resignation of Amara Okafor (2016)") != nil)
    }

    @Test func findingsAndCriticismFromReports() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor's report found the council was 'failing its residents'.
            Westshire Police was criticised in the Okafor report.
            """)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .authored, "Okafor Report") != nil)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .found, "failing its residents") != nil)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .criticised, "Westshire Police") != nil)
    }

    @Test func speechToTheMediaAndRecommendations() throws {
        let graph = try ExtractionHelpers.graph("""
            Brian Tull told The Guardian the plan had failed.
            Dr Amara Okafor urged a 'complete overhaul' of the service.
            """)
        #expect(ExtractionHelpers.relation(graph, "Brian Tull", .spokeTo, "The Guardian") != nil)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .recommended, "complete overhaul") != nil)
    }

    @Test func evidenceIsTheOriginalSentenceWithOffsets() throws {
        let text = "Intro line\nBrian Tull told The Guardian it \u{2018}failed\u{2019}."
        let graph = try ExtractionHelpers.graph(text)
        let relation = try #require(ExtractionHelpers.relation(graph, "Brian Tull", .spokeTo, "The Guardian"))
        let evidence = try #require(relation.evidence.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.text)
        #expect(evidence.text.hasSuffix("\u{2018}failed\u{2019}."))
    }

    @Test func possessivePronounsReferToTheLastPerson() throws {
        let graph = try ExtractionHelpers.graph("Dr Amara Okafor spoke. Her appointment as Barset Council's chief executive was welcomed.")
        let appointed = try #require(ExtractionHelpers.relation(graph, "Barset Council", .appointed, "Amara Okafor"))
        #expect(appointed.rule == "appointment-as")
    }

    @Test func aReducedPassiveNamesTheAppointerAfterBy() throws {
        let graph = try ExtractionHelpers.graph("Dr Amara Okafor, appointed by Westshire County Council in May, starts work next week.")
        let appointed = try #require(ExtractionHelpers.relation(graph, "Westshire County Council", .appointed, "Amara Okafor"))
        #expect(appointed.rule == "appointed-passive")
    }

    @Test func oneOfAGroupIsAMemberOfIt() throws {
        let graph = try ExtractionHelpers.graph("Barset Council was run by outsiders. One of the commissioners, Sir Tobiah Quell, spoke.")
        let member = try #require(ExtractionHelpers.relation(graph, "Tobiah Quell", .memberOf, "commissioners"))
        #expect(member.attributes["role"] == "commissioner")
    }

    @Test func theGovernmentOpeningASentenceHandsBackPowers() throws {
        let graph = try ExtractionHelpers.graph("""
            The Government has handed back control of children's services to Tarnside Metropolitan Borough Council.
            """)
        #expect(ExtractionHelpers.relation(graph, "Government", .handedBack, "Tarnside Metropolitan Borough Council") != nil)
    }

    @Test func governmentAsAnAdjectiveIsNoBody() throws {
        let graph = try ExtractionHelpers.graph("The claims surfaced in the letter that triggered the Ofsted and Government investigations.")
        #expect(ExtractionHelpers.entity(graph, "Government", .body) == nil)
    }

    @Test func speakingOnABroadcasterIsSpeakingToIt() throws {
        let graph = try ExtractionHelpers.graph("Speaking on BBC Radio Leeds, Dr Amara Okafor said the council had failed.")
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .spokeTo, "BBC Radio Leeds") != nil)
    }

    @Test func tookControlOfPowersFromTheCouncilIsATakeover() throws {
        let graph = try ExtractionHelpers.graph("""
            Barset Borough Council failed. Central government took control over a number of key powers from the council in 2015.
            """)
        #expect(ExtractionHelpers.relation(graph, "Government", .tookOver, "Barset Borough Council") != nil)
    }

    @Test func radioStationNumberAndWritingInAPaper() throws {
        let graph = try ExtractionHelpers.graph("""
            Jo Bloggs told BBC Radio 4's Today programme the council had failed. Ann Wilde, writing in the Guardian, agreed.
            """)
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .spokeTo, "BBC Radio 4") != nil)
        #expect(ExtractionHelpers.relation(graph, "Ann Wilde", .spokeTo, "The Guardian") != nil)
    }

    @Test func statementToAndSaidOnABroadcaster() throws {
        let graph = try ExtractionHelpers.graph("""
            Jo Bloggs said in a statement to the BBC that the council had failed. Ann Wilde said on BBC Radio Leeds that she was sorry. \
            Tom Reed said on Monday that he would stay.
            """)
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .spokeTo, "BBC") != nil)
        #expect(ExtractionHelpers.relation(graph, "Ann Wilde", .spokeTo, "BBC Radio Leeds") != nil)
        #expect(!graph.relations.contains { $0.predicate == .spokeTo && $0.subject.contains("reed") })
    }
}
