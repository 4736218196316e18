import Testing
@testable import KnowledgeGraph

/// Recommendations, calls and needs on invented sentences.
@Suite struct RecommendationRulesTests {
    @Test func everyCoordinatedSpeakerRecommends() throws {
        let graph = try ExtractionHelpers.graph("""
            Council leader Ann Wood, Home Secretary John Harding and Ed Smith have all called for Mr Bloggs to resign.
            """)
        for name in ["Ann Wood", "John Harding", "Ed Smith"] {
            #expect(ExtractionHelpers.relation(graph, name, .recommended, "Bloggs to resign") != nil)
        }
    }

    @Test func recommendationsByAgentAndNeedsFor() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published in May.
            Barset Council has 14 days to respond to the Okafor Report and the proposed closure plan.
            Barset Council must now consider the closure plan proposed by Dr Amara Okafor.
            Mr Brian Tull said: 'We recognise the need for a fresh start at the trust.'
            """)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .recommended, "closure plan") != nil)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .recommended, "closure plan") == nil)
        #expect(ExtractionHelpers.relation(graph, "Brian Tull", .recommended, "fresh start at the trust") != nil)
    }

    @Test func aNeedIsARecommendationNotAFinding() throws {
        let graph = try ExtractionHelpers.graph("Barset needed a fresh start, Dr Amara Okafor said.")
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .recommended, "fresh start") != nil)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .found, "fresh start") == nil)
    }

    @Test func theSpeakerOfANeedIsTheOneWhoSaysIt() throws {
        let graph = try ExtractionHelpers.graph("Mr Brian Tull said Westshire County Council needed a fresh start.")
        #expect(ExtractionHelpers.relation(graph, "Brian Tull", .recommended, "fresh start") != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .recommended, "fresh start") == nil)
    }

    @Test func askingForSomethingRecommendsIt() throws {
        let graph = try ExtractionHelpers.graph("Dr Amara Okafor asked for an independent review of the closures.")
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .recommended, "independent review of the closures") != nil)
    }

    @Test func recommendedThatAndShould() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published on Monday.
            The report recommended that Barset Council appoint an independent chair for its board.
            Westshire Police should improve its training of call handlers, the report said.
            Westshire Police should have acted sooner, the report said.
            """)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .recommended, "Barset Council appoint an independent chair for its board") != nil)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .recommended, "Westshire Police should improve its training of call handlers") != nil)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .found, "Westshire Police should improve its training of call handlers") == nil)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .found, "Westshire Police should have acted sooner") != nil)
    }

    @Test func theSpeakerRecommendsWhatTheReportMadeThemCallFor() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published on Monday.
            Mr Brian Tull said the report was 'shocking' and called for an independent inquiry into the trust.
            """)
        #expect(ExtractionHelpers.relation(graph, "Brian Tull", .recommended, "independent inquiry into the trust") != nil)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .recommended, "independent inquiry into the trust") == nil)
        #expect(ExtractionHelpers.relation(graph, "Brian Tull", .found, "independent inquiry into the trust") == nil)
    }
}
