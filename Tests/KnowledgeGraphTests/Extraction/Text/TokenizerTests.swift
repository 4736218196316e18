import Testing
@testable import KnowledgeGraph

@Suite struct TokenizerTests {
    @Test func wordsKeepApostrophesHyphensAndOffsets() {
        let text = "Okafor's director-general report: 1,400 cases on 29.01.18"
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        #expect(tokens.map(\.text) == ["Okafor's", "director-general", "report", ":", "1,400", "cases", "on", "29.01.18"])
        #expect(tokens[0].isPossessive && tokens[0].bare == "Okafor" && tokens[0].stem == "okafor")
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
        }
    }

    @Test func lineBreaksAreRecorded() {
        let tokens = Tokenizer.tokenize(Array("Headline here\nBody text".unicodeScalars))
        #expect(tokens.map(\.startsLine) == [true, false, true, false])
    }
}
