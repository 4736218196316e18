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

    @Test func passiveAppointmentOfAnUncommonGivenName() throws {
        let graph = try ExtractionHelpers.graph("Tomas Whitcombe was appointed as director of housing by Westshire County Council.")
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .appointed, "Tomas Whitcombe") != nil)
        #expect(ExtractionHelpers.relation(graph, "Tomas Whitcombe", .memberOf, "Westshire County Council") != nil)
    }
}
