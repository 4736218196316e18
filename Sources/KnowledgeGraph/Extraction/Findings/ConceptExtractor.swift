/// Reads findings and ratings: relations whose object is a concept, named by the key phrase of
/// the finding ("not fit for purpose", "fresh leadership"), which `FindingPhrase` picks.
///
/// Rules: `finding` (X found/concluded/exposed [that] Y: the clause, a quoted sentence or a
/// quoted phrase; also what a report "said"; "Y, a report found today" reads the clause
/// before the attribution), `finding-parenthetical` ("the staff, it found, were 'demoralised'"),
/// `finding-said` (a person's or body's "said" with a quotation), `finding-blamed` (X blamed
/// 'deeply chaotic' management), `rating` and `rating-passive` (Ofsted found the service
/// 'inadequate'; the school was rated 'good'), and two recommendations a finding can hold:
/// `recommendation-should` ("the police should improve training, the report said") and
/// `belief-recommendation` ("I believe a new leadership will help"). `RecommendationExtractor`
/// reads the other recommendations.
public struct ConceptExtractor: Sendable {
    private let find: [[String]], say: [[String]], need: [[String]], blame: [[String]], rate: [[String]]
    private let ratings: [[String]], reportNouns: Set<String>
    private let phraseWords: FindingPhrase.Words
    private static let speakers: Set<EntityKind> = [.report, .person, .body]
    /// Words a finding never starts with: prepositions, pronouns, conjunctions, auxiliaries.
    static let badStarts: Set<String> = ["in", "on", "at", "to", "for", "with", "by", "of", "from", "and", "but", "i",
        "we", "you", "amid", "his", "her", "it", "its", "their", "they", "he", "she", "there", "this", "these", "those", "as",
        "while", "although", "if", "when", "because", "is", "was", "are", "were", "what", "my", "our", "me", "us", "him", "them"]
    private static let timeWords: Set<String> = ["today", "yesterday", "tonight", "last", "night", "week", "this", "morning",
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let determiners: Set<String> = ["a", "an", "the", "that", "its", "their", "this"]
    private static let passiveMarkers: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]
    private static let personalPronouns: Set<String> = ["he", "she", "i", "we", "they"]
    private static let auxiliaries: Set<String> = ["could", "should", "would", "will", "may", "might", "can", "must", "had", "has",
        "have", "was", "were", "is", "are", "did", "does"]

    /// Creates the extractor with the cue phrases of `lexicon`.
    public init(lexicon: Lexicon) {
        find = lexicon.cues("find")
        say = lexicon.cues("say")
        need = lexicon.cues("need")
        blame = lexicon.cues("blame")
        rate = lexicon.cues("rate")
        ratings = lexicon.cues("rating")
        phraseWords = FindingPhrase.Words(lexicon: lexicon)
        reportNouns = Set(lexicon.cues("report").flatMap { $0 })
    }

    /// Adds concept relations for every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        for number in context.sentences.indices {
            findings(&context, number)
            passiveRatings(&context, number)
        }
    }

    private func findings(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        let picker = FindingPhrase(view: view, words: phraseWords)
        let findCues = view.find(find), sayCues = view.find(say), blameCues = view.find(blame)
        let quotes = view.quotations()
        let needs = view.find(need)
        for cue in (findCues + sayCues + blameCues).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let isFind = findCues.contains(cue), isBlame = blameCues.contains(cue) && !findCues.contains(cue)
            if isPassive(cue, view) || !isFind && !isBlame && startsWithPronoun(after: cue, view) { continue }
            let reportSubject = view.before(cue.lowerBound, [.report]).flatMap { isFind || $0.tokens.upperBound + 1 >= cue.lowerBound ? $0 : nil }
            let speaker = reportSubject != nil ? nil : view.subject(before: cue.lowerBound, [.person])
            guard let subject = reportSubject ?? speaker
                    ?? view.subject(before: cue.lowerBound, Self.speakers)
                    ?? view.mentions.first(where: { !isFind && $0.tokens.lowerBound >= cue.upperBound && $0.tokens.lowerBound <= cue.upperBound + 2
                        && Self.speakers.contains(view.kind($0)) }) else { continue }
            if let finding = picker.parenthetical(subject: subject.tokens, cue: cue) {
                let concept = context.entity(.concept, named: finding.name, at: finding.span, sentence: number)
                context.relate(subject.entity, .found, concept, rule: "finding-parenthetical", sentence: number, confidence: 0.6)
                continue
            }
            let byReport = view.kind(subject) == .report
                || context.lexicon.bodies[Lexicon.key(context.resolution.entities[subject.entity].name)]?.isInspectorate == true
            var phrases = phrases(after: cue, picker: picker, quotes: quotes, find: isFind || byReport, blame: isBlame)
            if let comma = attributionComma(subject, cue, view), let clause = picker.clause(before: comma) { phrases = [clause] }
            for phrase in phrases.prefix(2) {
                let name = picker.name(phrase)
                if isRating(phrase, in: view) {
                    if let rated = view.mentions.first(where: {
                        $0.tokens.lowerBound > cue.lowerBound && $0.tokens.upperBound <= phrase.lowerBound && view.kind($0) == .body }) {
                        context.relate(subject.entity, .rated, rated.entity, rule: "rating", sentence: number, confidence: 0.7,
                                       attributes: ["rating": name])
                    }
                    continue
                }
                guard isConcept(name, finding: isFind), isFind || !needs.contains(where: { $0.lowerBound <= phrase.upperBound + 1
                    && $0.upperBound > phrase.lowerBound }) else { continue }
                if let should = picker.obligation(phrase) {
                    let concept = context.entity(.concept, named: picker.name(should), at: should, sentence: number)
                    context.relate(subject.entity, .recommended, concept, rule: "recommendation-should", sentence: number, confidence: 0.5)
                    continue
                }
                if let hope = picker.hope(phrase) {
                    let concept = context.entity(.concept, named: picker.name(hope), at: hope, sentence: number)
                    context.relate(subject.entity, .recommended, concept, rule: "belief-recommendation", sentence: number, confidence: 0.4)
                    continue
                }
                let concept = context.entity(.concept, named: name, at: phrase, sentence: number)
                context.relate(subject.entity, .found, concept, rule: isFind ? "finding" : isBlame ? "finding-blamed" : "finding-said",
                               sentence: number, confidence: isFind ? 0.7 : 0.5)
            }
        }
    }

    /// "were found guilty", "to be identified": a passive cue has no finder.
    private func isPassive(_ cue: Range<Int>, _ view: SentenceView) -> Bool {
        cue.lowerBound > view.sentence.tokens.lowerBound && Self.passiveMarkers.contains(view.tokens[cue.lowerBound - 1].stem)
    }

    /// "said he was stunned": speech about the speaker is not a finding.
    private func startsWithPronoun(after cue: Range<Int>, _ view: SentenceView) -> Bool {
        var index = cue.upperBound
        if index < view.sentence.tokens.upperBound, view.tokens[index].stem == "that" { index += 1 }
        return index < view.sentence.tokens.upperBound && Self.personalPronouns.contains(view.tokens[index].stem)
    }

    /// The comma of an attribution closing the sentence ("..., a recent report said today.",
    /// "'...,' it reads."): the speaker follows it and at most a time word follows the cue.
    private func attributionComma(_ subject: ResolvedMention, _ cue: Range<Int>, _ view: SentenceView) -> Int? {
        guard subject.tokens.upperBound <= cue.lowerBound else { return nil }
        let rest = (cue.upperBound..<view.sentence.tokens.upperBound).filter { view.tokens[$0].shape != .punctuation }
        guard rest.count <= 2, rest.allSatisfy({ Self.timeWords.contains(view.tokens[$0].stem) }) else { return nil }
        var comma = subject.tokens.lowerBound - 1
        while comma > view.sentence.tokens.lowerBound,
              Self.determiners.contains(view.tokens[comma].stem) || view.tokens[comma].isMark("'") || view.tokens[comma].isMark("\"") {
            comma -= 1
        }
        return comma > view.sentence.tokens.lowerBound && view.tokens[comma].isMark(",") ? comma : nil
    }

    /// The finding phrases a cue introduces. After "found"/"concluded" (or anything a report
    /// says): a quoted sentence, a short quote and its noun (the clause when the quote heads a
    /// noun phrase going on with "of": "the 'churn' of staff"), or the clause (and a second one
    /// joined by "and how" / "and that"). After a person's
    /// "said": only a clause holding a quotation, or the quotation the speech verb closes.
    /// After "blamed": only a short quotation and its noun.
    private func phrases(after cue: Range<Int>, picker: FindingPhrase, quotes: [Range<Int>], find: Bool, blame: Bool) -> [Range<Int>] {
        let opening = quotes.first { $0.lowerBound > cue.upperBound && $0.lowerBound <= cue.upperBound + 3 }
        if let opening, opening.count > 4, opening.lowerBound <= cue.upperBound + 2 {
            return picker.clause(in: opening).map { [$0] } ?? []
        }
        if blame { return opening.map { [picker.quoted($0)] } ?? [] }
        let insideNoun = opening.map { $0.lowerBound >= 2 && Self.determiners.contains(picker.view.tokens[$0.lowerBound - 2].stem)
            && $0.upperBound + 1 < picker.view.sentence.tokens.upperBound && picker.view.tokens[$0.upperBound + 1].stem == "of" } ?? false
        if let opening, opening.lowerBound <= cue.upperBound + 2, find, !insideNoun { return [picker.quoted(opening)] }
        if let clause = picker.clause(after: cue.upperBound) {
            let laterQuotes = quotes.filter { $0.lowerBound > clause.upperBound && $0.count <= 6 }.map(picker.quoted)
            if find { return [clause] + coordinatedClause(after: clause, picker: picker) + laterQuotes }
            return quotes.contains(where: { clause.contains($0.lowerBound) }) ? [clause] : []
        }
        let later = quotes.filter { $0.lowerBound > cue.lowerBound && $0.count <= 10 }
        if find, !later.isEmpty { return later.map(picker.quoted) }
        if !find, let before = quotes.last(where: { $0.upperBound < cue.lowerBound && $0.upperBound + 6 >= cue.lowerBound }) {
            return picker.clause(in: before).map { [$0] } ?? []
        }
        return []
    }

    /// "found how X ... and how Y", "found that X and that Y": the second finding, when any.
    private func coordinatedClause(after clause: Range<Int>, picker: FindingPhrase) -> [Range<Int>] {
        let view = picker.view
        let end = view.sentence.tokens.upperBound
        guard let and = (clause.upperBound..<max(clause.upperBound, end - 1)).first(where: {
            view.tokens[$0].stem == "and" && ["how", "that"].contains(view.tokens[$0 + 1].stem) }) else { return [] }
        return picker.clause(after: and + 1).map { [$0] } ?? []
    }

    /// "Park Lane School (and Hill School) was rated 'inadequate' (by Ofsted)": the rater is the
    /// "by" agent or the inspectorate the article names; every coordinated body is rated.
    private func passiveRatings(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        for cue in view.find(rate) {
            guard let rated = view.before(cue.lowerBound, [.body]),
                  let rating = (cue.upperBound..<min(view.sentence.tokens.upperBound, cue.upperBound + 8)).lazy.compactMap({ start in
                      self.ratings.first { phrase in
                          start + phrase.count <= view.sentence.tokens.upperBound
                              && zip(phrase, view.tokens[start..<start + phrase.count]).allSatisfy { $0 == $1.stem }
                      }.map { start..<start + $0.count }
                  }).last ?? nil else { continue }
            let byAgent = view.find([["by"]]).first { $0.lowerBound >= cue.upperBound }.flatMap { view.after($0.upperBound, [.body]) }
            let inspectorate = context.resolution.entities.indices.first {
                context.lexicon.bodies[Lexicon.key(context.resolution.entities[$0].name)]?.isInspectorate == true
            }
            guard let rater = byAgent?.entity ?? inspectorate else { continue }
            let name = view.text(rating).lowercased()
            for body in view.coordinated(with: rated) + [rated] {
                context.relate(rater, .rated, body.entity, rule: "rating-passive", sentence: number, confidence: 0.6, attributes: ["rating": name])
                context.relate(rater, .inspected, body.entity, rule: "rating-passive", sentence: number, confidence: 0.5)
            }
        }
    }


    /// Rejects quoted names and speech fragments: a concept has a lower-case word, does not end
    /// in an auxiliary ("the council and its partners could"), is not mostly a name, and is one
    /// word only when it is the object of "found" and not "report". A rating is read as `rated`, not as a concept.
    private func isConcept(_ name: String, finding: Bool) -> Bool {
        let words = name.split(separator: " ")
        guard let first = words.first, let last = words.last, words.contains(where: { $0.first?.isLowercase == true }) else { return false }
        if Self.badStarts.contains(first.lowercased()) || Self.auxiliaries.contains(last.lowercased()) { return false }
        if words.dropFirst().filter({ $0.first?.isUppercase == true }).count * 2 > words.count { return false }
        if words.count == 1, reportNouns.contains(name.lowercased()) { return false }
        return words.count > 1 || finding
    }

    private func isRating(_ phrase: Range<Int>, in view: SentenceView) -> Bool {
        let stems = phrase.map { view.tokens[$0].stem }
        return ratings.contains { $0 == stems }
    }

}
