import Testing
@testable import KnowledgeGraph

/// Roles read after a person's name: "was/is/became <role> of X" (also after a sentence-opening
/// pronoun), appositions with a party, an acronym or a qualified role ("deputy", "opposition").
@Suite struct RoleAfterNameTests {
    @Test func roleAfterWasGivesTheBody() throws {
        let graph = try ExtractionHelpers.graph("Jo Bloggs was previously chief executive of Westshire County Council.")
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .leads, "Westshire County Council")?.attributes["role"] == "chief executive")
    }

    @Test func sentenceOpeningPronounIsThePreviousSubject() throws {
        let graph = try ExtractionHelpers.graph("""
            Mr Jo Bloggs joined Westshire County Council in 2009, taking over from Tom Reed. He was previously \
            Assistant Director of Planning and Transport at Barset Borough Council.
            """)
        let member = try #require(ExtractionHelpers.relation(graph, "Jo Bloggs", .memberOf, "Barset Borough Council"))
        #expect(member.attributes["role"] == "assistant director of planning and transport")
        #expect(ExtractionHelpers.relation(graph, "Tom Reed", .memberOf, "Barset Borough Council") == nil)
    }

    @Test func appointedToARoleOfABodyIsAnAppointmentByThatBody() throws {
        let graph = try ExtractionHelpers.graph("Tom Reed has been appointed chief executive of Westshire County Council.")
        #expect(ExtractionHelpers.relation(graph, "Tom Reed", .leads, "Westshire County Council")?.attributes["role"] == "chief executive")
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .appointed, "Tom Reed")?.rule == "appointed-to-role")
    }

    @Test func twoWordLeadingRoleIsNotCutToItsLastWord() throws {
        let graph = try ExtractionHelpers.graph("Ofsted's chief inspector, Dame Rosa Tilling, said the council had failed.")
        #expect(ExtractionHelpers.relation(graph, "Rosa Tilling", .leads, "Ofsted")?.attributes["role"] == "chief inspector")
    }

    @Test func roleWordLaterInTheClauseIsNoApposition() throws {
        let graph = try ExtractionHelpers.graph("The inquiry, chaired by Dr Amara Okafor, found that officers ignored complaints.")
        #expect(ExtractionHelpers.entity(graph, "Amara Okafor", .person)?.attributes["role"] == nil)
    }

    @Test func oppositionLeaderIsAMemberNotTheLeader() throws {
        let graph = try ExtractionHelpers.graph("Barset Borough Council met. Opposition leader Cllr Mark Dunmore (Con) called for change.")
        #expect(ExtractionHelpers.relation(graph, "Mark Dunmore", .leads, "Barset Borough Council") == nil)
        #expect(ExtractionHelpers.relation(graph, "Mark Dunmore", .memberOf, "Barset Borough Council") != nil)
    }

    @Test func cabinetMemberForAServiceGivesTheCouncilsServiceNotTheCabinets() throws {
        let graph = try ExtractionHelpers.graph(
            "Barset Borough Council's cabinet member for adult services, Cllr Jo Bloggs, has resigned.")
        #expect(!graph.entities.contains { $0.name.contains("cabinet adult services") })
        #expect(ExtractionHelpers.relation(graph, "Barset Council adult services", .partOf, "Barset Borough Council") != nil)
    }

    @Test func becameAndServedAsGiveTheRole() throws {
        let graph = try ExtractionHelpers.graph("""
            Jo Bloggs became leader of Westshire County Council in 2015. Ann Wilde served as director of housing at Barset Borough Council.
            """)
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .leads, "Westshire County Council")?.attributes["role"] == "leader")
        #expect(ExtractionHelpers.relation(graph, "Ann Wilde", .memberOf, "Barset Borough Council") != nil)
    }

    @Test func partyInAnAppositionIsMembership() throws {
        let graph = try ExtractionHelpers.graph("""
            Barset Borough Council met. Jo Bloggs, a Labour councillor, said the leader should resign. \
            Conservative MP Mark Dunmore agreed. Liberal Democrat group leader Ann Wilde did not.
            """)
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .memberOf, "Labour")?.rule == "party-apposition")
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .memberOf, "Barset Borough Council")?.attributes["role"] == "councillor")
        #expect(ExtractionHelpers.relation(graph, "Mark Dunmore", .memberOf, "Conservative Party") != nil)
        #expect(ExtractionHelpers.relation(graph, "Ann Wilde", .memberOf, "Liberal Democrats") != nil)
        #expect(ExtractionHelpers.relation(graph, "Ann Wilde", .leads, "Liberal Democrats") == nil)
    }

    @Test func unknownAcronymAfterARoleIsTheBodyItLeads() throws {
        let graph = try ExtractionHelpers.graph("Paul Whitby, general secretary of the WTU, said heads were under pressure.")
        #expect(ExtractionHelpers.relation(graph, "Paul Whitby", .leads, "WTU")?.attributes["role"] == "general secretary")
    }

    @Test func wasWithoutARoleGivesNothing() throws {
        let graph = try ExtractionHelpers.graph("Jo Bloggs was criticised by the leader of Westshire County Council.")
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .leads, "Westshire County Council") == nil)
    }

    @Test func headOfAPlacesServiceLeadsTheServiceNotTheCouncil() throws {
        let graph = try ExtractionHelpers.graph("""
            Leeds City Council apologised. Jo Bloggs, head of Leeds's children's services, said sorry.
            """)
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .leads, "Leeds City Council children's services") != nil)
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .leads, "Leeds City Council") == nil)
    }
}
