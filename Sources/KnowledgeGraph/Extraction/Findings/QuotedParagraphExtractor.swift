/// Reads findings and recommendations from quoted sentences that carry no attribution of
/// their own: a paragraph that opens with a quotation mark continues the quotation of the
/// speaker named in the paragraph before ("'The home failed its residents,' Dr Okafor said."
/// then "'There was a culture of neglect.'"), and a sentence inside a quotation an earlier
/// sentence of its paragraph opened ("The report found: '... . The police came too late.'")
/// continues that one.
///
/// Rules: `finding-quoted` (the first clause of a continued quotation that names a fault:
/// "These boards are not independent") and `recommendation-quoted` (a continued quotation
/// that calls for, urges or recommends something: "I was right to call for a full inquiry").
public struct QuotedParagraphExtractor: Sendable {
    private let say: [[String]], find: [[String]], recommend: [[String]], phraseWords: FindingPhrase.Words
    private let faults: Set<String>
    private static let speakers: Set<EntityKind> = [.person, .body, .report]
    /// Sentences looked back through for the speaker.
    private static let reach = 6

    /// Creates the extractor with the cue phrases of `lexicon`.
    public init(lexicon: Lexicon) {
        say = lexicon.cues("say")
        find = lexicon.cues("find")
        recommend = lexicon.cues("recommend")
        phraseWords = FindingPhrase.Words(lexicon: lexicon)
        faults = Set(lexicon.cues("fault").flatMap { $0 })
    }

    /// Adds the findings and recommendations of every continued quotation of `context`.
    public func extract(_ context: inout ArticleContext) {
        var open = false
        var quoted: [Bool] = []
        for number in context.sentences.indices {
            let view = context.view(number)
            let first = view.sentence.tokens.lowerBound
            let startsQuote = isQuote(view.tokens[first])
            let continues = open && !view.tokens[first].startsLine
            open = isOpen(after: view, openAtStart: continues)
            let unattributed = view.find(say).isEmpty && view.find(find).isEmpty
            quoted.append((startsQuote || continues) && unattributed)
            guard quoted[number], let speaker = speaker(before: number, quoted: quoted, context) else { continue }
            read(&context, number, speaker: speaker)
        }
    }

    /// The speaker a quoted sentence continues: the one named with a speech or finding verb in
    /// the nearest earlier sentence (right after the verb, else its first person, else the nearest name
    /// before it), across other unattributed quoted sentences only.
    private func speaker(before number: Int, quoted: [Bool], _ context: ArticleContext) -> Int? {
        var previous = number - 1
        while previous >= max(0, number - Self.reach) {
            let view = context.view(previous)
            if let cue = view.find(say + find).last {
                let inverted = cue.lowerBound > view.sentence.tokens.lowerBound && view.tokens[cue.lowerBound - 1].shape == .punctuation
                return (view.after(cue.upperBound, Self.speakers).flatMap { inverted && $0.tokens.lowerBound <= cue.upperBound + 1 ? $0 : nil }
                    ?? view.mentions.first { $0.tokens.upperBound <= cue.lowerBound && view.kind($0) == .person }
                    ?? view.before(cue.lowerBound, Self.speakers))?.entity
            }
            guard quoted[previous] else { return nil }
            previous -= 1
        }
        return nil
    }

    /// Reads sentence `number`, a continued quotation of `speaker`: what it calls for, or else
    /// its first clause when that names a fault.
    private func read(_ context: inout ArticleContext, _ number: Int, speaker: Int) {
        let view = context.view(number)
        let picker = FindingPhrase(view: view, words: phraseWords)
        if let cue = view.find(recommend).first {
            guard let phrase = picker.clause(after: cue.upperBound), phrase.count > 1 else { return }
            let concept = context.entity(.concept, named: picker.name(phrase), at: phrase, sentence: number)
            context.relate(speaker, .recommended, concept, rule: "recommendation-quoted", sentence: number, confidence: 0.4)
            return
        }
        guard view.sentence.tokens.contains(where: { faults.contains(view.tokens[$0].stem) }),
              let phrase = picker.clause(in: view.sentence.tokens), phrase.count > 1
        else { return }
        let name = picker.name(phrase)
        let first = String(name.prefix { $0.isLetter })
        guard name.first?.isLowercase == true, !FindingPhrase.subjectPronouns.contains(first), !ConceptExtractor.badStarts.contains(first)
        else { return }
        let concept = context.entity(.concept, named: name, at: phrase, sentence: number)
        context.relate(speaker, .found, concept, rule: "finding-quoted", sentence: number, confidence: 0.4)
    }

    /// Whether a quotation is open at the end of the sentence of `view`. A mark that closes no
    /// quotation and sticks to the word before it is an apostrophe ("the parents' concerns").
    private func isOpen(after view: SentenceView, openAtStart: Bool) -> Bool {
        var open = openAtStart
        for index in view.sentence.tokens where isQuote(view.tokens[index]) {
            let previous = index > view.sentence.tokens.lowerBound ? view.tokens[index - 1] : nil
            if !open, let previous, previous.shape == .word, previous.end == view.tokens[index].start { continue }
            open.toggle()
        }
        return open
    }

    private func isQuote(_ token: Token) -> Bool { token.isMark("'") || token.isMark("\"") }
}
