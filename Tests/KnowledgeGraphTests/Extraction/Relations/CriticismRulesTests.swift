import Testing
@testable import KnowledgeGraph

/// Criticism between people, bodies and reports, on invented sentences.
@Suite struct CriticismRulesTests {
    @Test func activeVerbAndTheNameOfAnOfPhrase() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor slammed Westshire County Council over its handling of the case.
            Mr Brian Tull condemned the practices of senior staff, including Ms Jane Pike.
            """)
        #expect(criticised(graph, "Amara Okafor", "Westshire County Council"))
        #expect(criticised(graph, "Brian Tull", "Jane Pike"))
        #expect(!criticised(graph, "Westshire County Council", "Amara Okafor"))
    }

    @Test func passiveAgentAfterWhatTheCriticismWasFor() throws {
        let graph = try ExtractionHelpers.graph("Mr Brian Tull was blasted for failings by Barset Council last year.")
        #expect(criticised(graph, "Barset Council", "Brian Tull"))
        #expect(!criticised(graph, "Brian Tull", "Barset Council"))
    }

    @Test func rejectingFindingsCriticisesTheirOwner() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council rejected Ofsted's findings and said it would appeal.
            Westshire County Council rejected Ofsted's offer of help.
            """)
        #expect(criticised(graph, "Westshire County Council", "Ofsted"))
        let relation = try #require(ExtractionHelpers.relation(graph, "Westshire County Council", .criticised, "Ofsted"))
        #expect(relation.evidence.count == 1)
    }

    @Test func aSpeakerSayingABodyFailed() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor said Barset Council had let down local families.
            Mr Brian Tull said Westshire County Council had improved.
            """)
        #expect(criticised(graph, "Amara Okafor", "Barset Council"))
        #expect(!criticised(graph, "Brian Tull", "Westshire County Council"))
    }

    @Test func aFaultFoundCriticisesWhomTheSentenceNamesButNotTheAuthor() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report found serious failings at Westshire County Council.
            The Okafor Report found impressive progress at Barset Council.
            """)
        #expect(criticised(graph, "Okafor Report", "Westshire County Council"))
        #expect(!criticised(graph, "Okafor Report", "Barset Council"))
        #expect(!criticised(graph, "Okafor Report", "Okafor"))
    }

    @Test func aDamningReportCriticisesTheArticlesCouncil() throws {
        let graph = try ExtractionHelpers.graph("""
            Barset Council's chief executive quit after the Okafor Report was published.
            The damning Okafor Report described years of neglect.
            The Tull Report was published in May.
            """)
        #expect(criticised(graph, "Okafor Report", "Barset Council"))
        #expect(!criticised(graph, "Tull Report", "Barset Council"))
    }

    @Test func aDamningReportWithItsOwnTargetLeavesTheCouncilAlone() throws {
        let graph = try ExtractionHelpers.graph("""
            Barset Council and Barset Council officers met on Monday.
            The damning Okafor Report criticised Westshire Police for losing evidence.
            """)
        #expect(criticised(graph, "Okafor Report", "Westshire Police"))
        #expect(!criticised(graph, "Okafor Report", "Barset Council"))
    }

    @Test func severalWordCuesAreActive() throws {
        let graph = try ExtractionHelpers.graph("Dr Amara Okafor last night piled further pressure on Mr Brian Tull over the closures.")
        #expect(criticised(graph, "Amara Okafor", "Brian Tull"))
        #expect(!criticised(graph, "Brian Tull", "Amara Okafor"))
    }

    @Test func aBodyFailingAccordingToAReport() throws {
        let graph = try ExtractionHelpers.graph("""
            Barset Constabulary is failing victims of domestic abuse, according to the Okafor Report published today.
            """)
        #expect(criticised(graph, "Okafor Report", "Barset Constabulary"))
    }

    @Test func aContinuedQuotationNamingAFaultCriticises() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor said: 'We read every file.

            'The failures of Westshire County Council were obvious to everyone.'
            """)
        #expect(criticised(graph, "Amara Okafor", "Westshire County Council"))
    }

    @Test func rejectingTheFindingsOfSomeone() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published on Monday.
            Westshire County Council disputed the conclusions of the Okafor Report.
            """)
        #expect(criticised(graph, "Westshire County Council", "Okafor Report"))
    }

    @Test func aReportBySomeoneIsTheCritic() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published on Monday.
            The damning report by Dr Amara Okafor condemned the practices of senior staff, including Mr Brian Tull.
            """)
        #expect(criticised(graph, "Okafor Report", "Brian Tull"))
        #expect(!criticised(graph, "Amara Okafor", "Brian Tull"))
    }

    /// True when the graph holds `critic -criticised-> target`.
    private func criticised(_ graph: Graph, _ critic: String, _ target: String) -> Bool {
        ExtractionHelpers.relation(graph, critic, .criticised, target) != nil
    }
}
