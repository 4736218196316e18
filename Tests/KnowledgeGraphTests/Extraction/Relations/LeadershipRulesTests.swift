import Testing
@testable import KnowledgeGraph

/// Who leads a body, read from verbs: "who runs", "was in charge of", "chaired by", "as X's chief executive".
@Suite struct LeadershipRulesTests {
    @Test func personWhoRunsABodyLeadsIt() throws {
        let graph = try ExtractionHelpers.graph("Jo Bloggs, who runs the Westshire Housing Trust, declined to comment.")
        let leads = try #require(ExtractionHelpers.relation(graph, "Jo Bloggs", .leads, "Westshire Housing Trust"))
        #expect(leads.rule == "leads-verb")
    }

    @Test func personInChargeOfAPlacesServiceLeadsIt() throws {
        let graph = try ExtractionHelpers.graph("""
            Leeds City Council apologised. Tom Reed - who was in charge of Leeds's children's services from 2005 - refused to quit.
            """)
        #expect(ExtractionHelpers.relation(graph, "Tom Reed", .leads, "Leeds City Council children's services") != nil)
    }

    @Test func leadsToIsNoLeadership() throws {
        let graph = try ExtractionHelpers.graph("Jo Bloggs leads to Westshire Housing Trust every week.")
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .leads, "Westshire Housing Trust") == nil)
    }

    @Test func bodyChairedByAPersonIsLedByThem() throws {
        let graph = try ExtractionHelpers.graph("The review went to the Westshire Safeguarding Board, chaired by Dr Amara Okafor.")
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .leads, "Westshire Safeguarding Board")?.rule == "led-by")
    }

    @Test func appointmentAsABodysChiefExecutiveLeadsIt() throws {
        let graph = try ExtractionHelpers.graph("""
            Mr Tom Reed did well. His success led to his appointment as Barset Borough Council's chief executive last year.
            """)
        let leads = try #require(ExtractionHelpers.relation(graph, "Tom Reed", .leads, "Barset Borough Council"))
        #expect(leads.attributes["role"] == "chief executive")
    }

    @Test func dayJobAsABodysDeputyLeaderIsMembership() throws {
        let graph = try ExtractionHelpers.graph("""
            The team was joined by Ann Marsh (Con), on top of her day job as Barset Borough Council's deputy leader.
            """)
        let member = try #require(ExtractionHelpers.relation(graph, "Ann Marsh", .memberOf, "Barset Borough Council"))
        #expect(member.attributes["role"] == "deputy leader")
        #expect(ExtractionHelpers.relation(graph, "Ann Marsh", .leads, "Barset Borough Council") == nil)
    }

    @Test func personWhoHasLedTheAuthorityLeadsTheCouncil() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council was criticised. Dr Amara Okafor, who has led the authority since 2016, resigned.
            """)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .leads, "Westshire County Council")?.rule == "leads-verb")
    }

    @Test func oneOfTheLeadCommissionersLeadsThem() throws {
        let graph = try ExtractionHelpers.graph("One of the lead commissioners, Sir Tom Reed, told the BBC the council had changed.")
        let commissioners = try #require(graph.entities.first { $0.kind == .body && $0.allNames.contains("commissioners") })
        #expect(ExtractionHelpers.relation(graph, "Tom Reed", .memberOf, commissioners.name) != nil)
        #expect(ExtractionHelpers.relation(graph, "Tom Reed", .leads, commissioners.name)?.attributes["role"] == "lead commissioner")
    }

    @Test func personWhoWorkedForTheForceIsAMember() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire Police was criticised. Former detective Tom Reed, who worked for the force for 20 years, spoke out.
            """)
        #expect(ExtractionHelpers.relation(graph, "Tom Reed", .memberOf, "Westshire Police")?.rule == "member-verb")
    }

    @Test func chiefConstableLeadsTheForceNamedBefore() throws {
        let graph = try ExtractionHelpers.graph("Westshire Police apologised. Chief Constable Mark Dunmore said the force would change.")
        #expect(ExtractionHelpers.relation(graph, "Mark Dunmore", .leads, "Westshire Police")?.attributes["role"] == "chief constable")
    }

    @Test func resigningFromThePartyWasMembership() throws {
        let graph = try ExtractionHelpers.graph("When Labour threatened to drop him, Mr Tom Reed resigned from the party.")
        #expect(ExtractionHelpers.relation(graph, "Tom Reed", .memberOf, "Labour")?.rule == "left-party")
    }

    @Test func resigningFromACouncilIsNoPartyMembership() throws {
        let graph = try ExtractionHelpers.graph("Mr Tom Reed resigned from Westshire County Council in May.")
        #expect(ExtractionHelpers.relation(graph, "Tom Reed", .memberOf, "Westshire County Council")?.rule != "left-party")
    }
}
