import Testing
@testable import KnowledgeGraph

/// Rules about bodies: one organisation under its long and short names, schools by short names
/// (and schools of one town that differ stay apart), bodies named by their neighbours.
@Suite struct BodyRulesTests {
    @Test func shorterNameOfABodyJoinsTheLongerOne() throws {
        let graph = try ExtractionHelpers.graph("""
            The Barset Education Trust runs four schools. A spokesman for Barset Trust said the claims were false.
            """)
        let trust = try #require(ExtractionHelpers.entity(graph, "Barset Trust", .body))
        #expect(trust.allNames.contains("Barset Education Trust"))
        #expect(graph.entities.filter { $0.kind == .body }.count == 1)
    }

    @Test func genericBoardNameJoinsTheOnePlacedBoard() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor chairs Westshire Local Safeguarding Children Board. The Local Safeguarding Children Board met on Monday.
            """)
        #expect(graph.entities.filter { $0.kind == .body }.count == 1)
    }

    @Test func shortNameFitsTwoBodiesStaysApart() throws {
        let graph = try ExtractionHelpers.graph("""
            Barset Safeguarding Children Board and Tarn Safeguarding Children Board met. The Safeguarding Children Board said little.
            """)
        #expect(ExtractionHelpers.entity(graph, "Barset Safeguarding Children Board", .body) != nil)
        #expect(ExtractionHelpers.entity(graph, "Tarn Safeguarding Children Board", .body) != nil)
        #expect(!graph.entities.contains { $0.allNames.contains("Barset Safeguarding Children Board")
            && $0.allNames.contains("Tarn Safeguarding Children Board") })
    }

    @Test func forceCommissionerIsThePoliceAndCrimeCommissioner() throws {
        let graph = try ExtractionHelpers.graph("Westshire Police commissioner Jo Bloggs has refused to step down.")
        let office = try #require(ExtractionHelpers.entity(graph, "Westshire Police and Crime Commissioner", .body))
        #expect(office.aliases.contains("Westshire Police commissioner"))
        #expect(ExtractionHelpers.entity(graph, "Westshire Police", .body) == nil)
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .memberOf, "Westshire Police") == nil)
    }

    @Test func possessiveTwoWordPlaceNamesTheCommissioner() throws {
        let graph = try ExtractionHelpers.graph("There were calls for West Yorkshire's Police and Crime Commissioner to step down.")
        #expect(ExtractionHelpers.entity(graph, "West Yorkshire Police and Crime Commissioner", .body) != nil)
    }

    @Test func commissioningGroupIsABody() throws {
        let graph = try ExtractionHelpers.graph("Staff at the Westshire Clinical Commissioning Group were told to act.")
        #expect(ExtractionHelpers.entity(graph, "Westshire Clinical Commissioning Group", .body) != nil)
    }

    @Test func schoolAndAcademyOfOneNameAreOneSchool() throws {
        let graph = try ExtractionHelpers.graph("Hillfoot School was rated inadequate. The governors of Hillfoot Academy said it was unfair.")
        let school = try #require(ExtractionHelpers.entity(graph, "Hillfoot School", .body))
        #expect(school.allNames.contains("Hillfoot Academy"))
    }

    @Test func shortSchoolNameGivesTheStaffMemberHerSchool() throws {
        let graph = try ExtractionHelpers.graph("""
            Governors at Hillfoot Primary School were criticised. Jo Bloggs, assistant principal at Hillfoot, said the school was safe.
            """)
        let member = try #require(ExtractionHelpers.relation(graph, "Jo Bloggs", .memberOf, "Hillfoot Primary School"))
        #expect(member.attributes["role"] == "assistant principal")
    }

    @Test func highAndGrammarSchoolsOfOneTownAreTwoSchools() throws {
        let graph = try ExtractionHelpers.graph("Hillfoot High School and Hillfoot Grammar School were inspected. Staff at Hillfoot were told.")
        #expect(ExtractionHelpers.entity(graph, "Hillfoot High School", .body) != nil)
        #expect(ExtractionHelpers.entity(graph, "Hillfoot Grammar School", .body) != nil)
        #expect(!graph.entities.contains { $0.allNames.contains("Hillfoot") && $0.kind == .body })
    }

    @Test func nameBeforeALowerCaseSchoolIsASchool() throws {
        let graph = try ExtractionHelpers.graph("""
            Ann Marsh, Chair of Governors at the Al-Noor school, was questioned. Pupils at the Catholic school and the Leeds school were not.
            """)
        #expect(ExtractionHelpers.entity(graph, "Al-Noor school", .body) != nil)
        #expect(ExtractionHelpers.relation(graph, "Ann Marsh", .memberOf, "Al-Noor school") != nil)
        #expect(graph.entities.filter { $0.kind == .body }.count == 1)
    }
}
