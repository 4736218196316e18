/// Reads findings, recommendations and ratings: relations whose object is a concept, named
/// by the key phrase of the finding ("not fit for purpose", "fresh leadership"), which
/// `FindingPhrase` picks.
///
/// Rules: `finding` (X found/concluded/exposed [that] Y: the clause, a quoted sentence or a
/// quoted phrase; also what a report "said"; "Y, a report found today" reads the clause
/// before the attribution), `finding-parenthetical` ("the staff, it found, were 'demoralised'"),
/// `finding-said` (a person's or body's "said" with a quotation),
/// `finding-blamed` (X blamed 'deeply chaotic' management), `rating` and `rating-passive`
/// (Ofsted found the service 'inadequate'; the school was rated 'good'), `recommendation`
/// (X, Y and Z urged/recommended/called for W), `call-to-resign` (X called on Y to resign; a
/// call on someone that is not of that form recommends nothing)
/// `recommendation-passive` ("the plan proposed by the minister"), `recommendation-should`
/// ("the police should improve training, the report said"), `belief-recommendation`
/// ("I believe a new leadership will help": what a speaker believes will help) and `need-said` ("Barset
/// needed a fresh leadership, she said"; "the need for a fresh start"). "The proposed plan"
/// recommends nothing.
public struct ConceptExtractor: Sendable {
    private let find: [[String]], say: [[String]], recommend: [[String]], need: [[String]], blame: [[String]], rate: [[String]]
    private let ratings: [[String]], copulas: [[String]], clauseEnds: Set<String>, reportNouns: Set<String>
    private let phraseWords: FindingPhrase.Words
    private static let speakers: Set<EntityKind> = [.report, .person, .body]
    /// Words a finding never starts with: prepositions, pronouns, conjunctions, auxiliaries.
    static let badStarts: Set<String> = ["in", "on", "at", "to", "for", "with", "by", "of", "from", "and", "but", "i",
        "we", "you", "amid", "his", "her", "it", "its", "their", "they", "he", "she", "there", "this", "these", "those", "as",
        "while", "although", "if", "when", "because", "is", "was", "are", "were", "what", "my", "our", "me", "us", "him", "them"]
    private static let timeWords: Set<String> = ["today", "yesterday", "tonight", "last", "night", "week", "this", "morning",
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let prepositions: Set<String> = ["between", "in", "since", "during", "after", "before", "on", "by", "from", "until"]
    private static let determiners: Set<String> = ["a", "an", "the", "that", "its", "their", "this"]
    private static let passiveMarkers: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]
    private static let governing: Set<String> = ["into", "of", "on", "about", "at", "with", "from", "for", "to", "over", "in", "against"]
    private static let personalPronouns: Set<String> = ["he", "she", "i", "we", "they"]
    private static let auxiliaries: Set<String> = ["could", "should", "would", "will", "may", "might", "can", "must", "had", "has",
        "have", "was", "were", "is", "are", "did", "does"]

    /// Creates the extractor with the cue phrases of `lexicon`.
    public init(lexicon: Lexicon) {
        find = lexicon.cues("find")
        say = lexicon.cues("say")
        recommend = lexicon.cues("recommend")
        need = lexicon.cues("need")
        blame = lexicon.cues("blame")
        rate = lexicon.cues("rate")
        ratings = lexicon.cues("rating")
        copulas = lexicon.cues("copula")
        clauseEnds = Set(lexicon.cues("clause-end").flatMap { $0 })
        phraseWords = FindingPhrase.Words(lexicon: lexicon)
        reportNouns = Set(lexicon.cues("report").flatMap { $0 })
    }

    /// Adds concept relations for every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        for number in context.sentences.indices {
            findings(&context, number)
            recommendations(&context, number)
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
            let speaker = isFind ? nil : view.before(cue.lowerBound, [.person])
            guard let subject = (isFind ? view.before(cue.lowerBound, [.report]) : nil) ?? speaker
                    ?? view.before(cue.lowerBound, Self.speakers).flatMap({ isPrepositionObject($0, view) ? nil : $0 })
                    ?? view.mentions.first(where: { !isFind && $0.tokens.lowerBound >= cue.upperBound && $0.tokens.lowerBound <= cue.upperBound + 2
                        && Self.speakers.contains(view.kind($0)) }) else { continue }
            if let finding = picker.parenthetical(subject: subject.tokens, cue: cue) {
                let concept = context.entity(.concept, named: finding.name, at: finding.span, sentence: number)
                context.relate(subject.entity, .found, concept, rule: "finding-parenthetical", sentence: number, confidence: 0.6)
                continue
            }
            let byReport = view.kind(subject) == .report
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

    /// "an investigation into Barset Council found": a name governed by a preposition is not
    /// the one who finds.
    private func isPrepositionObject(_ mention: ResolvedMention, _ view: SentenceView) -> Bool {
        mention.tokens.lowerBound > view.sentence.tokens.lowerBound
            && Self.governing.contains(view.tokens[mention.tokens.lowerBound - 1].stem)
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
    /// says): a quoted sentence, a short quote and its noun (the clause when a determiner
    /// opens the quote's noun phrase: "the 'churn' of staff"), or the clause (and a second one
    /// joined by "and how" / "and that"). After a person's
    /// "said": only a clause holding a quotation, or the quotation the speech verb closes.
    /// After "blamed": only a short quotation and its noun.
    private func phrases(after cue: Range<Int>, picker: FindingPhrase, quotes: [Range<Int>], find: Bool, blame: Bool) -> [Range<Int>] {
        let opening = quotes.first { $0.lowerBound > cue.upperBound && $0.lowerBound <= cue.upperBound + 3 }
        if let opening, opening.count > 4, opening.lowerBound <= cue.upperBound + 2 {
            return picker.clause(in: opening).map { [$0] } ?? []
        }
        if blame { return opening.map { [picker.quoted($0)] } ?? [] }
        let insideNoun = opening.map { $0.lowerBound >= 2 && Self.determiners.contains(picker.view.tokens[$0.lowerBound - 2].stem) } ?? false
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

    private func recommendations(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        let quotes = view.quotations()
        for cue in view.find(recommend) {
            if cue.lowerBound > view.sentence.tokens.lowerBound, Self.determiners.contains(view.tokens[cue.lowerBound - 1].stem) { continue }
            if cue.upperBound < view.sentence.tokens.upperBound, view.tokens[cue.upperBound].stem == "by" {
                passiveRecommendation(&context, view, cue)
                continue
            }
            let speaker = view.before(cue.lowerBound, [.person])
            guard let subject = view.before(cue.lowerBound, [.report]) ?? speaker ?? view.before(cue.lowerBound, Self.speakers) else { continue }
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
                    ?? view.before(said.lowerBound, Self.speakers)
                    ?? (cue.lowerBound > said.lowerBound ? view.before(cue.lowerBound, Self.speakers) : nil) else { continue }
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
