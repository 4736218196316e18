import Testing
@testable import KnowledgeGraph

@Suite struct LexiconTests {
    @Test func fastKeyAgreesWithNameFolding() {
        for name in ["Miss Casey's", "The Westshire County Council", "Prof. Okafor", "children's services", "RMBC", "O'Hare",
                     "Casey's report", "Zoë Brontë", "Jones'", "St Helens", "1,400 children"] {
            #expect(Lexicon.key(name) == NameFolding.fold(name), "\(name)")
        }
    }
}

extension LexiconTests {
    @Test func bundledResourcesLoad() {
        let lexicon = ExtractionHelpers.lexicon
        #expect(lexicon.honorifics.contains("cllr"))
        #expect(lexicon.bodies["ipcc"]?.name == "Independent Police Complaints Commission")
        #expect(lexicon.bodies["times"]?.isMedia == true)
        #expect(lexicon.roles.first.map { $0.words.count } ?? 0 >= lexicon.roles.last.map { $0.words.count } ?? 0)
        #expect(!lexicon.cues("resign").isEmpty)
    }
}
