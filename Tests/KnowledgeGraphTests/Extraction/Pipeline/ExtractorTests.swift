import Testing
@testable import KnowledgeGraph

@Suite struct ExtractorTests {
    @Test func titleIsTheFirstLineOfWordsAfterBoilerplateAndDateline() throws {
        let text = """
            Your browser appears to have cookies disabled. Please enable cookies in your browser
            12.03.19
            Westshire council leader quits over care home report

            Councillor Ann Wood resigned on Monday.
            """
        let graph = try ExtractionHelpers.graph(text)
        #expect(graph.documents.map(\.title) == ["Westshire council leader quits over care home report"])
    }
}
