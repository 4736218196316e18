/// Reads recommendations: what a person, body or report urged, called for, proposed or said
/// was needed, as concepts.
///
/// Rules: `recommendation` (X, Y and Z urged/recommended/called for/asked for W; "recommended
/// that X do Y"), `call-to-resign` (X called on Y to resign; a call on someone that is not of
/// that form recommends nothing), `recommendation-passive` ("the plan proposed by the
/// minister"; "the proposed plan" recommends nothing) and `need-said` ("Barset needed a fresh
/// start, she said"; "the need for a fresh start"). Recommendations read from findings
/// ("should", "I believe X will") are `ConceptExtractor`'s.
public struct RecommendationExtractor: Sendable {
    private let say: [[String]], recommend: [[String]], need: [[String]], copulas: [[String]], clauseEnds: Set<String>
    private static let speakers: Set<EntityKind> = [.report, .person, .body]
    private static let prepositions: Set<String> = ["between", "in", "since", "during", "after", "before", "on", "by", "from", "until"]
    private static let determiners: Set<String> = ["a", "an", "the", "that", "its", "their", "this"]
    private static let passiveMarkers: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]

    /// Creates the extractor with the cue phrases of `lexicon`.
    public init(lexicon: Lexicon) {
        say = lexicon.cues("say")
        recommend = lexicon.cues("recommend")
        need = lexicon.cues("need")
        copulas = lexicon.cues("copula")
        clauseEnds = Set(lexicon.cues("clause-end").flatMap { $0 })
    }

    /// Adds the recommendations of every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        for number in context.sentences.indices { recommendations(&context, number) }
    }

    /// Recommendation cues ("urged", "called for") with their recommender before them (before the
    /// speech verb when one comes first: "Dr X said the report was poor and called for"), and
    /// needs ("X needed a fresh start, she said") with the speaker of the sentence.
    private func recommendations(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        let quotes = view.quotations()
        for cue in view.find(recommend) {
            if cue.lowerBound > view.sentence.tokens.lowerBound, Self.determiners.contains(view.tokens[cue.lowerBound - 1].stem) { continue }
            if cue.upperBound < view.sentence.tokens.upperBound, view.tokens[cue.upperBound].stem == "by" {
                passiveRecommendation(&context, view, cue)
                continue
            }
            let said = view.find(say).last { $0.upperBound <= cue.lowerBound }
            let report = view.before(cue.lowerBound, [.report]).flatMap { report in
                said.map { report.tokens.lowerBound < $0.lowerBound } ?? true ? report : nil }
            let speaker = view.subject(before: said?.lowerBound ?? cue.lowerBound, [.person])
            guard let subject = report ?? speaker ?? view.subject(before: cue.lowerBound, Self.speakers) else { continue }
            var phrase = quotes.first { $0.lowerBound > cue.lowerBound && $0.count <= 8 }
            var name: String?
            if let target = view.after(cue.upperBound, [.person]), target.tokens.lowerBound <= cue.upperBound + 1,
               target.tokens.upperBound + 1 < view.sentence.tokens.upperBound, view.tokens[target.tokens.upperBound].stem == "to" {
                let verb = view.tokens[target.tokens.upperBound + 1].text
                name = "\(context.resolution.entities[target.entity].name) to \(verb)"
                phrase = target.tokens.lowerBound..<target.tokens.upperBound + 2
            }
            if phrase == nil, name == nil, view.tokens[cue.lowerBound..<cue.upperBound].last?.stem == "on" { continue }
            if phrase == nil { phrase = clause(after: cue.upperBound, in: view) }
            guard let phrase else { continue }
            let concept = context.entity(.concept, named: name ?? conceptName(phrase, in: view), at: phrase, sentence: number)
            for recommender in view.coordinated(with: subject) + [subject] {
                context.relate(recommender.entity, .recommended, concept, rule: name == nil ? "recommendation" : "call-to-resign",
                               sentence: number, confidence: 0.6)
            }
        }
        let sayCues = view.find(say)
        guard let said = sayCues.last else { return }
        for cue in view.find(need) {
            let inverted = said.lowerBound > view.sentence.tokens.lowerBound && view.tokens[said.lowerBound - 1].shape == .punctuation
            guard let speaker = view.after(said.upperBound, Self.speakers).flatMap({ inverted && $0.tokens.lowerBound <= said.upperBound + 1 ? $0 : nil })
                    ?? view.subject(before: said.lowerBound, Self.speakers)
                    ?? (cue.lowerBound > said.lowerBound ? view.subject(before: cue.lowerBound, Self.speakers) : nil) else { continue }
            let object = cue.upperBound < view.sentence.tokens.upperBound && view.tokens[cue.upperBound].stem == "for" ? cue.upperBound + 1 : cue.upperBound
            var phrase = clause(after: object, in: view, limit: 8)
            if cue.lowerBound >= view.sentence.tokens.lowerBound + 2, view.tokens[cue.lowerBound - 1].stem == "was" || view.tokens[cue.lowerBound - 1].stem == "is" {
                let start = view.sentence.tokens.lowerBound
                if cue.lowerBound - 1 - start <= 5 { phrase = start..<cue.lowerBound - 1 }
            }
            guard let phrase, !phrase.isEmpty else { continue }
            let concept = context.entity(.concept, named: conceptName(phrase, in: view), at: phrase, sentence: number)
            context.relate(speaker.entity, .recommended, concept, rule: "need-said", sentence: number, confidence: 0.5)
        }
    }

    /// "the package proposed by the minister" (`cue` followed by "by"): the agent recommended
    /// the noun phrase before the cue, back to its determiner.
    private func passiveRecommendation(_ context: inout ArticleContext, _ view: SentenceView, _ cue: Range<Int>) {
        guard cue.count == 1, let agent = view.after(cue.upperBound + 1, Self.speakers), agent.tokens.lowerBound <= cue.upperBound + 2
        else { return }
        var start = cue.lowerBound
        while start > max(view.sentence.tokens.lowerBound, cue.lowerBound - 5), view.tokens[start - 1].shape == .word,
              !Self.determiners.contains(view.tokens[start - 1].stem) {
            start -= 1
        }
        guard start < cue.lowerBound, start > view.sentence.tokens.lowerBound, Self.determiners.contains(view.tokens[start - 1].stem),
              !Self.passiveMarkers.contains(view.tokens[cue.lowerBound - 1].stem) else { return }
        let concept = context.entity(.concept, named: conceptName(start..<cue.lowerBound, in: view), at: start..<cue.lowerBound, sentence: view.number)
        context.relate(agent.entity, .recommended, concept, rule: "recommendation-passive", sentence: view.number, confidence: 0.5)
    }

    /// The words after `start` up to punctuation or a clause boundary, skipping "that" and a
    /// leading "X was/were": the key phrase of an unquoted finding. A name right after the cue
    /// without "that" or a copula is an object, not a clause ("urged Dr Okafor").
    private func clause(after start: Int, in view: SentenceView, limit: Int = 12) -> Range<Int>? {
        var index = start
        let end = view.sentence.tokens.upperBound
        let that = index < end && view.tokens[index].stem == "that"
        if that { index += 1 }
        if index < end, Self.prepositions.contains(view.tokens[index].stem),
           let comma = (index..<min(end, index + 10)).first(where: { view.tokens[$0].isMark(",") }) {
            index = comma + 1
        }
        if let subject = view.mentions.first(where: { $0.tokens.lowerBound == index }) {
            let afterSubject = subject.tokens.upperBound
            if let copula = view.find(copulas).first(where: { $0.lowerBound == afterSubject }) {
                index = copula.upperBound
            } else if !that {
                return nil
            }
        }
        var stop = index
        while stop < end, view.tokens[stop].shape != .punctuation || view.tokens[stop].isMark("'") && stop > index,
              !clauseEnds.contains(view.tokens[stop].stem) || stop == index, stop - index < limit + 1 {
            stop += 1
        }
        while stop > index, Self.determiners.contains(view.tokens[index].stem) { index += 1 }
        let words = stop - index
        return (2...limit).contains(words) && view.tokens[index].shape == .word ? index..<stop : nil
    }

    /// A concept's name: the phrase without leading determiners or quotes, first word in lower case.
    private func conceptName(_ phrase: Range<Int>, in view: SentenceView) -> String {
        var start = phrase.lowerBound
        while start < phrase.upperBound, Self.determiners.contains(view.tokens[start].stem) || view.tokens[start].shape == .punctuation { start += 1 }
        var end = phrase.upperBound
        while end > start, view.tokens[end - 1].shape == .punctuation { end -= 1 }
        guard start < end else { return "" }
        var text = view.text(start..<end)
        if !view.mentions.contains(where: { $0.tokens.lowerBound == start }), let first = text.first {
            text = first.lowercased() + text.dropFirst()
        }
        return text
    }
}
