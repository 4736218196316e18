import Testing
@testable import KnowledgeGraph

@Suite struct SentenceSplitterTests {
    private func texts(_ text: String) -> [String] {
        let (tokens, sentences) = ExtractionHelpers.sentences(text)
        let scalars = Array(text.unicodeScalars)
        _ = tokens
        return sentences.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(texts("Prof. Okafor met Mr. J. Smith at noon. The council agreed.") ==
                ["Prof. Okafor met Mr. J. Smith at noon.", "The council agreed."])
    }

    @Test func closingQuotesStayAndLineBreaksSplit() {
        #expect(texts("She said: \"It is over.\" Then she left\nA headline") ==
                ["She said: \"It is over.\"", "Then she left", "A headline"])
    }

    @Test func hardWrappedLinesContinueTheSentence() {
        #expect(texts("The serious case\nreview found failings.\nA headline\nThe council agreed.") ==
                ["The serious case\nreview found failings.", "A headline", "The council agreed."])
    }

    @Test func aLineEndingInAPrepositionOrArticleContinuesBeforeACapital() {
        #expect(texts("He was convicted at\nBarset Crown Court in May.\nInquiry opens\nThe hearing began.") ==
                ["He was convicted at\nBarset Crown Court in May.", "Inquiry opens", "The hearing began."])
        #expect(texts("The review was led by\nDr Amara Okafor.") == ["The review was led by\nDr Amara Okafor."])
    }
}
