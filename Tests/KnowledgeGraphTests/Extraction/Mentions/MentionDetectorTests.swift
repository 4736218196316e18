import Testing
@testable import KnowledgeGraph

@Suite struct MentionDetectorTests {
    private func found(_ text: String) -> [String] {
        ExtractionHelpers.mentions(text).map { "\($0.kind?.rawValue ?? "?"):\($0.name)" }
    }

    @Test func honorificsGivenNamesAndSuffixesClassifyNames() {
        #expect(found("Dr Amara Okafor told Westshire County Council that Brian Tull was wrong.") ==
                ["person:Amara Okafor", "body:Westshire County Council", "person:Brian Tull"])
    }

    @Test func sentenceOpenersAndFunctionWordsAreTrimmed() {
        #expect(found("Calls for Westshire Council to act grew, and calls came daily.") == ["body:Westshire Council"])
    }

    @Test func gazetteerBodiesAndPlacesAreRecognised() {
        #expect(found("The IPCC and Ofsted visited Leeds.") == ["body:Independent Police Complaints Commission", "body:Ofsted", "place:Leeds"])
    }

    @Test func possessiveAndAnonymousReportsAreNamed() {
        #expect(found("Dr Okafor's damning report was read.").contains("report:Okafor Report"))
        #expect(found("Westshire Council read a damning review into the death of a child.")
                .contains("report:damning review into the death of a child"))
    }

    @Test func unknownNamesNeedAPersonContext() {
        #expect(found("Tobiah Quell said the plan failed.") == ["person:Tobiah Quell"])
        #expect(found("Green Lane Depot closed.").isEmpty)
    }
}
