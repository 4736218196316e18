import Testing
@testable import KnowledgeGraph

@Suite struct NameFoldingTests {
    @Test func foldsTitlesCaseAndPossessives() {
        #expect(NameFolding.fold("Miss Casey") == "casey")
        #expect(NameFolding.fold("Prof. Jay’s report") == "jay report")
        #expect(NameFolding.fold("The Star") == "star")
        #expect(NameFolding.fold("Coun Paul Lakin") == "paul lakin")
        #expect(NameFolding.fold("Zoë Smith-Jones") == "zoe smith jones")
    }

    @Test func slugsAreLowerCaseAndHyphenated() {
        #expect(NameFolding.slug("Rotherham: What Next? debate") == "rotherham-what-next-debate")
        #expect(NameFolding.slug("Children's services") == "children-services")
    }

    @Test func suggestsTheClosestName() {
        #expect(NameSuggester.suggestions(for: "Cassey", among: ["Louise Casey", "Eric Pickles"]) == ["Louise Casey"])
        #expect(NameSuggester.suggestions(for: "recomended", among: Predicate.allCases.map(\.rawValue), limit: 1) == ["recommended"])
        #expect(NameSuggester.suggestions(for: "zzzz", among: ["Louise Casey"]).isEmpty)
    }
}
