import Testing
@testable import KnowledgeGraph

/// Rules about people and the bodies they belong to: party labels, "of BODY", appointments with a role.
@Suite struct PeopleRulesTests {
    @Test func partyBeforeRoleWordIsABody() throws {
        let graph = try ExtractionHelpers.graph("Dr Amara Okafor, Labour MP for the area of Westshire where the boy lived, said she was shocked.")
        #expect(ExtractionHelpers.entity(graph, "Labour", .body) != nil)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .memberOf, "Labour") != nil)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .memberOf, "Westshire Council") == nil)
    }

    @Test func inspectorateChiefLeadsIt() throws {
        let graph = try ExtractionHelpers.graph("In a letter to Ofsted chief Sir Peter Brannigan, the trust said the report was unfair.")
        #expect(ExtractionHelpers.relation(graph, "Peter Brannigan", .leads, "Ofsted") != nil)
    }

    @Test func personOfAnAcronymUnionIsAMember() throws {
        let graph = try ExtractionHelpers.graph("Kwame Oduya, of teaching union NASUWT, said: \"We should take comfort.\"")
        #expect(ExtractionHelpers.entity(graph, "NASUWT", .body) != nil)
        let member = try #require(ExtractionHelpers.relation(graph, "Kwame Oduya", .memberOf, "NASUWT"))
        #expect(member.rule == "of-body")
    }

    @Test func appointedAsRoleGivesTheRoleInTheAppointer() throws {
        let graph = try ExtractionHelpers.graph("Westshire County Council appointed Jane Marlow as its new chief executive in March 2016.")
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .appointed, "Jane Marlow") != nil)
        let leads = try #require(ExtractionHelpers.relation(graph, "Jane Marlow", .leads, "Westshire County Council"))
        #expect(leads.attributes["role"] == "chief executive")
    }

    @Test func appointedByACommonNounPanelMakesThePanelABody() throws {
        let graph = try ExtractionHelpers.graph("The council said Mr Tom Reed had been appointed by a multi-agency panel in June.")
        #expect(ExtractionHelpers.entity(graph, "multi-agency panel", .body) != nil)
        #expect(ExtractionHelpers.relation(graph, "multi-agency panel", .appointed, "Tom Reed")?.rule == "appointed-by-panel")
    }

    @Test func photoCreditMakesThePhotographerAMemberOfTheAgency() throws {
        let graph = try ExtractionHelpers.graph("The council met on Monday.\n\nTop image: Amara Okafor PA Wire\n")
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .memberOf, "PA Wire")?.rule == "press-credit")
    }

    @Test func capitalisedTeamIsABody() throws {
        let graph = try ExtractionHelpers.graph("It is the view of the Inspection Team that the children were at risk.")
        #expect(ExtractionHelpers.entity(graph, "Inspection Team", .body) != nil)
    }

    @Test func passiveAppointmentOfAnUncommonGivenName() throws {
        let graph = try ExtractionHelpers.graph("Tomas Whitcombe was appointed as director of housing by Westshire County Council.")
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .appointed, "Tomas Whitcombe") != nil)
        #expect(ExtractionHelpers.relation(graph, "Tomas Whitcombe", .memberOf, "Westshire County Council") != nil)
    }

    @Test func handBackGiversAndReceivers() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council was run by commissioners. Barset Council regained powers from Tarn Trust in 2017.
            "The decision to hand back the remaining functions is a big one," Dr Nia Pryce said.
            Many of these functions have now been returned to the authority, the commissioners said.
            """)
        #expect(ExtractionHelpers.relation(graph, "Tarn Trust", .handedBack, "Barset Council") != nil)
        #expect(ExtractionHelpers.relation(graph, "Barset Council", .handedBack, "Tarn Trust") == nil)
        #expect(ExtractionHelpers.relation(graph, "Nia Pryce", .handedBack, "Westshire County Council") != nil)
        #expect(ExtractionHelpers.relation(graph, "Commissioners", .handedBack, "Westshire County Council") != nil)
    }

    @Test func roleBodyIsTheOwnedBodyNotTheOwnerOrAnEarlierMention() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Hal Renner, director of strategy at the government's Housing Department, was asked to look at the \
            council's response by housing secretary Dr Nia Pryce. Westshire County Council met.
            """)
        #expect(ExtractionHelpers.relation(graph, "Hal Renner", .memberOf, "Housing Department") != nil)
        #expect(ExtractionHelpers.relation(graph, "Hal Renner", .memberOf, "Government") == nil)
        #expect(ExtractionHelpers.relation(graph, "Nia Pryce", .leads, "Housing Department") != nil)
        #expect(ExtractionHelpers.relation(graph, "Nia Pryce", .leads, "Westshire County Council") == nil)
    }

    @Test func judgesKeepTheirTitleAndRanksBelongToTheirForce() throws {
        let graph = try ExtractionHelpers.graph("""
            The inquiry was chaired by Mr Justice Hollins, who said the council had failed. Hollins added more.
            Superintendent Rhona Kettle of Westshire Police said her officers had acted.
            Ms Kettle told the Barset Gazette that she regretted the delay.
            """)
        let judge = try #require(ExtractionHelpers.entity(graph, "Mr Justice Hollins", .person))
        #expect(judge.name == "Mr Justice Hollins")
        #expect(judge.aliases.contains("Hollins"))
        let member = try #require(ExtractionHelpers.relation(graph, "Rhona Kettle", .memberOf, "Westshire Police"))
        #expect(member.attributes["role"] == "superintendent")
        #expect(ExtractionHelpers.entity(graph, "Superintendent Rhona Kettle of Westshire Police", .body) == nil)
        #expect(ExtractionHelpers.relation(graph, "Rhona Kettle", .spokeTo, "Barset Gazette") != nil)
    }

    @Test func deniedResignationIsNoResignation() throws {
        let graph = try ExtractionHelpers.graph("""
            Councillor Brian Tull, the leader of Westshire County Council, said he was sorry. Cllr Tull said he would not resign.
            """)
        #expect(ExtractionHelpers.relation(graph, "Brian Tull", .resignedFrom, "Westshire County Council") == nil)
    }

    @Test func policeAndCrimeCommissionerIsAnOfficeItsHolderLeads() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire Police and Crime Commissioner Gareth Moss said the force was improving.
            Westshire's Police and Crime Commissioner (PCC), Gareth Moss, refused to step down.
            """)
        let office = try #require(ExtractionHelpers.entity(graph, "Westshire Police and Crime Commissioner", .body))
        #expect(office.aliases.contains("Westshire PCC"))
        #expect(ExtractionHelpers.entity(graph, "Westshire Police", .body) == nil)
        let leads = try #require(ExtractionHelpers.relation(graph, "Gareth Moss", .leads, "Westshire Police and Crime Commissioner"))
        #expect(leads.rule == "office-holder")
    }

    @Test func aKnownBodyAtTheEndOfANameRunIsSplitOff() throws {
        let graph = try ExtractionHelpers.graph("Top image: Lynne Carter PA Wire")
        #expect(ExtractionHelpers.entity(graph, "Lynne Carter", .person) != nil)
        #expect(ExtractionHelpers.entity(graph, "PA Wire", .body) != nil)
    }

    @Test func pronounSkipsAPersonOfTheOtherGender() throws {
        let graph = try ExtractionHelpers.graph("""
            Ms Amara Okafor criticised Westshire County Council. Mr Brian Tull, the council leader, replied.
            She resigned from Westshire County Council in May 2016.
            """)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .resignedFrom, "Westshire County Council") != nil)
        #expect(ExtractionHelpers.relation(graph, "Brian Tull", .resignedFrom, "Westshire County Council") == nil)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .criticised, "Westshire County Council") != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .criticised, "Amara Okafor") == nil)
    }

    @Test func officeWithoutPlaceJoinsThePlacedOneAndThePartyIsResolved() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council met. Experts including Ravi Patel, director of children's services in Tarnley, will help.
            However, the office of Police and Crime Commissioner Gareth Moss said he would stay.
            Westshire's Police and Crime Commissioner (PCC), Gareth Moss, refused to step down.
            When Labour threatened to drop him last week, Mr Moss resigned from the party.
            """)
        #expect(ExtractionHelpers.entity(graph, "Police and Crime Commissioner", .body)?.name == "Westshire Police and Crime Commissioner")
        #expect(ExtractionHelpers.relation(graph, "Gareth Moss", .resignedFrom, "Labour") != nil)
        #expect(ExtractionHelpers.relation(graph, "Gareth Moss", .resignedFrom, "Westshire Police and Crime Commissioner") == nil)
        #expect(ExtractionHelpers.relation(graph, "Ravi Patel", .memberOf, "Westshire County Council") == nil)
    }

    @Test func chairOfABodyBeforeTheNameLeadsIt() throws {
        let graph = try ExtractionHelpers.graph("The new chair of Barset Safeguarding Children Board, Colin Marsh, said he would stay.")
        let leads = try #require(ExtractionHelpers.relation(graph, "Colin Marsh", .leads, "Barset Safeguarding Children Board"))
        #expect(leads.attributes["role"] == "chair")
    }

    @Test func mediaInterviewGivesTheSubjectOfThePreviousSentence() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor spoke at length on Monday about Mr Brian Tull.
            The claim, in a BBC Radio Westshire interview, came hours later.
            """)
        let spoke = try #require(ExtractionHelpers.relation(graph, "Amara Okafor", .spokeTo, "BBC Radio Westshire"))
        #expect(spoke.rule == "media-interview")
        #expect(ExtractionHelpers.relation(graph, "Brian Tull", .spokeTo, "BBC Radio Westshire") == nil)
    }

    @Test func suffixRoleMeansTheLastBodyOfThatKind() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council and Barset Council met. Governors at Hillfield Trust were criticised.
            Trust chairman Tomas Whitcombe said the claims were false. Council leader Brian Tull agreed.
            Westshire County Council said it would act.
            """)
        #expect(ExtractionHelpers.relation(graph, "Tomas Whitcombe", .leads, "Hillfield Trust") != nil)
        #expect(ExtractionHelpers.relation(graph, "Brian Tull", .leads, "Westshire County Council") != nil)
        #expect(ExtractionHelpers.relation(graph, "Brian Tull", .leads, "Barset Council") == nil)
    }
}
