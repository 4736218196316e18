import Testing
@testable import KnowledgeGraph

@Suite struct CoreferenceResolverTests {
    @Test func surnamesAndTitlesJoinTheFullName() throws {
        let graph = try ExtractionHelpers.graph("Dr Amara Okafor led the review. Okafor said it was hard. Dr Okafor left.")
        let person = try #require(ExtractionHelpers.entity(graph, "Amara Okafor", .person))
        #expect(person.name == "Amara Okafor")
        #expect(person.aliases.contains("Okafor"))
        #expect(graph.entities.filter { $0.kind == .person }.count == 1)
    }

    @Test func councilShortFormsAndAcronymsJoinTheLongForm() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire Metropolitan Borough Council met. Westshire MBC agreed.
            WMBC said Westshire Council would act.
            """)
        let council = try #require(ExtractionHelpers.entity(graph, "Westshire MBC", .body))
        #expect(council.name == "Westshire Metropolitan Borough Council")
        #expect(Set(["WMBC", "Westshire Council", "Westshire MBC"]).isSubset(of: Set(council.aliases)))
    }

    @Test func londonBoroughOfAPlaceIsThatPlacesCouncil() throws {
        let graph = try ExtractionHelpers.graph("""
            The London Borough of Westshire was criticised. Westshire Council said it would act. \
            Royal Borough of Barset upon Avon leader Tom Reed agreed.
            """)
        let council = try #require(ExtractionHelpers.entity(graph, "Westshire Council", .body))
        #expect(council.name == "London Borough of Westshire")
        #expect(ExtractionHelpers.relation(graph, "Tom Reed", .leads, "Royal Borough of Barset upon Avon")?.attributes["role"] == "leader")
    }

    @Test func namesMergeAcrossDocuments() throws {
        let first = SourceText(document: Document(id: "a", path: "a.txt", title: ""), text: "Miss Okafor spoke.")
        let second = SourceText(document: Document(id: "b", path: "b.txt", title: ""), text: "Amara Okafor spoke.")
        let graph = try Extractor(lexicon: ExtractionHelpers.lexicon).extract([first, second])
        #expect(graph.entities.filter { $0.kind == .person }.map(\.name) == ["Amara Okafor"])
    }
}
