import Testing
@testable import KnowledgeGraph

/// Event rules (transfers of powers, debates, scandals, appointments, causes) on invented sentences.
@Suite struct EventRulesTests {
    @Test func datedReturnsOfPowersAreEventsTheReceiverTakesPartIn() throws {
        let graph = try ExtractionHelpers.graph("""
            The Westshire County Council cabinet was told in March 2019 that commissioners would stay.
            In June 2020 it was announced the council's cabinet was to regain responsibility for housing and planning.
            Licensing powers were restored in October 2020 before the council regained responsibilities for adult social care four months later.
            """)
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council cabinet", .participatedIn, "Return of powers (2020-06)") != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .participatedIn, "Return of licensing powers (2020-10)") != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .participatedIn, "Return of powers (2021-02)") != nil)
    }

    @Test func aProposedOrUndatedHandBackIsNoEvent() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council was criticised in May 2019.
            "The decision to hand back the remaining functions is a significant one," Dr Amara Okafor said.
            Many of these functions have now been returned to the council.
            """)
        #expect(!graph.entities.contains { $0.kind == .event && $0.name.hasPrefix("Return of") })
    }

    @Test func strippingACouncilOfItsPowersIsARemovalEvent() throws {
        let graph = try ExtractionHelpers.graph("Education Secretary John Briggs has stripped Barset Borough Council of its powers to run children's services.")
        let removal = "Removal of Barset Borough Council's powers"
        #expect(ExtractionHelpers.relation(graph, "Barset Borough Council", .participatedIn, removal) != nil)
        #expect(ExtractionHelpers.relation(graph, "John Briggs", .participatedIn, removal) != nil)
        #expect(ExtractionHelpers.relation(graph, removal, .locatedIn, "Barset") != nil)
    }
}
