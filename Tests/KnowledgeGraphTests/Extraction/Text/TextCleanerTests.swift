import Testing
@testable import KnowledgeGraph

@Suite struct TextCleanerTests {
    private let cleaner = TextCleaner(boilerplate: ExtractionHelpers.lexicon.boilerplate)

    @Test func typographicMarksBecomePlainOneForOne() {
        let text = "Dr Okafor said the council was \u{2018}failing\u{2019} \u{2013} \u{201C}badly\u{201D}."
        let cleaned = cleaner.clean(text)
        #expect(cleaned.count == text.unicodeScalars.count)
        #expect(String(String.UnicodeScalarView(cleaned)) == "Dr Okafor said the council was 'failing' - \"badly\".")
    }

    @Test func boilerplateAndRepeatedCaptionsAreBlankedInPlace() {
        let text = "Have your say\nWestshire Town Hall\nWestshire Town Hall\nThe council met.\n  \u{2022} Comment\n"
        let cleaned = String(String.UnicodeScalarView(cleaner.clean(text)))
        #expect(cleaned.count == text.count)
        #expect(!cleaned.contains("Have your say"))
        #expect(!cleaned.contains("Comment"))
        #expect(cleaned.components(separatedBy: "Westshire Town Hall").count == 2)
        #expect(cleaned.contains("The council met."))
    }

    @Test func boilerplateEntriesEndAtAWordBoundary() {
        let text = "Comment.\nCommentators praised the council.\n"
        let cleaned = String(String.UnicodeScalarView(cleaner.clean(text)))
        #expect(!cleaned.contains("Comment."))
        #expect(cleaned.contains("Commentators praised the council."))
    }
}
