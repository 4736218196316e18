import Testing
@testable import KnowledgeGraph

/// "the local authority" refers back to the council, "the trust" to the trust named last.
@Suite struct BodyReferenceTests {
    @Test func theLocalAuthoritysTeamIsPartOfTheCouncil() throws {
        let graph = try ExtractionHelpers.graph("Barset Council was warned. The local authority's fostering team was overwhelmed.")
        #expect(ExtractionHelpers.relation(graph, "Barset Council fostering team", .partOf, "Barset Council") != nil)
    }

    @Test func theTrustIsTheTrustNamedBefore() throws {
        let graph = try ExtractionHelpers.graph("""
            The chief executive of Westshire Hospitals NHS Trust resigned. Dr Amara Okafor, who had run the trust since 2017, \
            apologised. The trust's board will meet on Friday.
            """)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .leads, "Westshire Hospitals NHS Trust") != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire Hospitals NHS Trust board", .partOf, "Westshire Hospitals NHS Trust") != nil)
    }
}
