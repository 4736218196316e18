/// Reads the transfers of powers an intervention is made of as dated events: a council
/// "stripped of its powers" ("Removal of Barset Council's powers (2019)") and powers later
/// "restored", "returned" or "regained" ("Return of licensing powers (2020-05)").
///
/// Rules: `removal-of-powers` ("the minister stripped Barset Council of its powers", "it was
/// stripped of the responsibility in 2002": the body losing the powers and the agent took
/// part; the event is located in the body's home place) and `return-of-powers` ("licensing
/// powers were restored in May 2020", "the cabinet was to regain responsibility for housing in
/// June 2020": the body receiving them took part; "further powers were mooted for return in
/// 2021" is a "Proposed return"). A return needs a date in its own clause: an
/// undated "many have been returned" sums up, it is not a milestone; an infinitive or a modal
/// ("the decision to hand back", "we will return") is not a happening yet.
public struct PowerTransferEvents: Sendable {
    private let lexicon: Lexicon
    /// Determiners and prepositions, which never qualify a powers noun ("its powers", "of powers").
    private let functionWords: Set<String>
    private static let actors: Set<EntityKind> = [.person, .body]
    private static let passiveMarkers: Set<String> = ["was", "were", "been", "be", "being", "is", "are"]
    private static let modals: Set<String> = ["will", "would", "could", "may", "might", "should", "must", "can", "shall"]

    /// Creates the stage over `lexicon`'s cue phrases (`return`, `strip`, `powers`, `clause-end`).
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        functionWords = Set((lexicon.cues("determiner") + lexicon.cues("preposition")).filter { $0.count == 1 }.map { $0[0] })
    }

    /// Adds the removal and return events of every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        for number in context.sentences.indices {
            returns(&context, number)
            removals(&context, number)
        }
    }

    /// "Licensing powers were restored in May 2020", "the council regained responsibility for
    /// housing in June 2020", "functions were handed back to the cabinet in 2021".
    private func returns(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        for cue in view.find(lexicon.cues("return")) where !isUnrealised(cue, view) {
            guard let powers = nearestPowers(to: cue, view, within: 40),
                  let date = date(ofClauseAt: cue.lowerBound, context, number) else { continue }
            let modifier = powers == cue.upperBound ? nil : self.modifier(of: powers, view)
            let proposed = isProposed(cue, view)
            let name = "\(proposed ? "Proposed return" : "Return") of \(modifier.map { "\($0) " } ?? "")powers (\(date))"
            let event = context.entity(.event, named: name, at: nil, sentence: number, attributes: ["date": date])
            guard let receiver = receiver(of: cue, view) ?? context.mainCouncil else { continue }
            context.relate(receiver, .participatedIn, event, rule: "return-of-powers", sentence: number, confidence: 0.6,
                           attributes: ["role": "recipient", "date": date])
        }
    }

    /// "Barset Council was stripped of its powers", "the minister stripped Barset Council of
    /// its responsibility for schools".
    private func removals(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        for cue in view.find(lexicon.cues("strip")) where !isDenied(cue, view) {
            let passive = cue.lowerBound > view.sentence.tokens.lowerBound
                && Self.passiveMarkers.contains(view.tokens[cue.lowerBound - 1].stem)
            let loser: ResolvedMention?
            var agent: ResolvedMention?
            if passive {
                loser = view.before(cue.lowerBound, [.body, .place])
                if let by = (cue.upperBound..<min(view.sentence.tokens.upperBound, cue.upperBound + 8)).first(where: { view.tokens[$0].stem == "by" }) {
                    agent = view.after(by + 1, Self.actors).flatMap { $0.tokens.lowerBound <= by + 3 ? $0 : nil }
                }
            } else {
                loser = view.after(cue.upperBound, [.body, .place]).flatMap { $0.tokens.lowerBound <= cue.upperBound + 2 ? $0 : nil }
                agent = view.before(cue.lowerBound, Self.actors)
            }
            guard let loser, let of = ofPosition(after: passive ? cue.upperBound : loser.tokens.upperBound, view),
                  let powers = nearestPowers(to: of..<of + 1, view, within: 4), powers > of else { continue }
            let name = context.resolution.entities[loser.entity].name
            // A town "stripped of its responsibility for schools" stands for its council.
            let isTown = view.kind(loser) == .place
            let body = isTown ? context.entity(.body, named: name, at: nil, sentence: number) : loser.entity
            let date = date(ofClauseAt: cue.lowerBound, context, number)
            let base = "Removal of \(name)'s \(view.tokens[powers].stem)"
            let event = context.entity(.event, named: date.map { "\(base) (\($0.prefix(4)))" } ?? base, aliases: [base], at: nil,
                                       sentence: number, attributes: date.map { ["date": $0] } ?? [:])
            context.relate(body, .participatedIn, event, rule: "removal-of-powers", sentence: number, confidence: 0.6,
                           attributes: ["role": "council losing its powers"])
            if let agent, agent.entity != body {
                context.relate(agent.entity, .participatedIn, event, rule: "removal-of-powers", sentence: number, confidence: 0.5)
            }
            if !isTown, let home = context.resolution.homePlace[body] {
                context.relate(event, .locatedIn, home, rule: "removal-of-powers", sentence: number, confidence: 0.5)
            }
        }
    }

    /// True for "a proposed return", "were mooted for return": a return planned, not made.
    private func isProposed(_ cue: Range<Int>, _ view: SentenceView) -> Bool {
        var index = cue.lowerBound - 1
        if index > view.sentence.tokens.lowerBound, view.tokens[index].stem == "for" { index -= 1 }
        return index >= view.sentence.tokens.lowerBound && lexicon.cues("proposed").contains([view.tokens[index].stem])
    }

    /// True for "would not be stripped", "could be stripped": a modal or a negation among the
    /// three words before the cue.
    private func isDenied(_ cue: Range<Int>, _ view: SentenceView) -> Bool {
        (max(view.sentence.tokens.lowerBound, cue.lowerBound - 3)..<cue.lowerBound).contains {
            Self.modals.contains(view.tokens[$0].stem) || ["not", "never", "no"].contains(view.tokens[$0].stem) }
    }

    /// True when the cue is an infinitive or follows a modal ("the decision to hand back", "we
    /// will restore"); "was to regain" reports a decision taken, so it counts.
    private func isUnrealised(_ cue: Range<Int>, _ view: SentenceView) -> Bool {
        let start = view.sentence.tokens.lowerBound
        guard cue.lowerBound > start else { return false }
        let previous = view.tokens[cue.lowerBound - 1].stem
        if Self.modals.contains(previous) { return true }
        guard previous == "to" else { return false }
        return !(cue.lowerBound - 2 >= start && ["was", "were"].contains(view.tokens[cue.lowerBound - 2].stem))
    }

    /// The token index of "of" right after `index` (at most one word between).
    private func ofPosition(after index: Int, _ view: SentenceView) -> Int? {
        (index..<min(view.sentence.tokens.upperBound, index + 2)).first { view.tokens[$0].stem == "of" }
    }

    /// The powers noun ("powers", "functions", "responsibility") nearest to `cue` in its
    /// sentence: at most `distance` words before it (a long list of services may come between)
    /// or four after it.
    private func nearestPowers(to cue: Range<Int>, _ view: SentenceView, within distance: Int) -> Int? {
        let nouns = Set(lexicon.cues("powers").map { $0[0] })
        return view.sentence.tokens
            .filter { nouns.contains(view.tokens[$0].stem) && ($0 < cue.lowerBound ? cue.lowerBound - $0 <= distance : $0 - cue.upperBound < 4) }
            .min { abs($0 - cue.lowerBound) < abs($1 - cue.lowerBound) }
    }

    /// The lower-case word that qualifies a powers noun ("licensing powers", "further powers"),
    /// if any: not a determiner, preposition or conjunction ("its powers", "returns of powers").
    private func modifier(of powers: Int, _ view: SentenceView) -> String? {
        guard powers > view.sentence.tokens.lowerBound else { return nil }
        let word = view.tokens[powers - 1]
        guard word.shape == .word, !word.isCapitalised || powers - 1 == view.sentence.tokens.lowerBound,
              !functionWords.contains(word.stem), !["and", "or", "but"].contains(word.stem),
              !view.mentions.contains(where: { $0.tokens.contains(powers - 1) }) else { return nil }
        return word.stem
    }

    /// Who gets the powers back: the subject of "regain", the body after "to", else the
    /// nearest body earlier in the sentence.
    private func receiver(of cue: Range<Int>, _ view: SentenceView) -> Int? {
        if view.tokens[cue.lowerBound].stem.hasPrefix("regain") { return view.before(cue.lowerBound, [.body])?.entity }
        let window = cue.upperBound - 1..<min(view.sentence.tokens.upperBound, cue.upperBound + 8)
        if let to = window.first(where: { view.tokens[$0].stem == "to" }),
           let body = view.after(to + 1, [.body]), body.tokens.lowerBound <= to + 3 {
            return body.entity
        }
        return view.before(cue.lowerBound, [.body])?.entity
    }

    /// The date given in the clause of the sentence that holds token `index` (clauses split at
    /// "before", "after", "when" ... and semicolons), read in the context of earlier sentences;
    /// "four months later" counts on from the date the sentence gave before the clause.
    private func date(ofClauseAt index: Int, _ context: ArticleContext, _ number: Int) -> String? {
        let sentence = context.sentences[number].tokens
        let boundaries = Set(lexicon.cues("clause-end").map { $0[0] }).subtracting(["and", "as", "who", "which"])
        func isBoundary(_ position: Int) -> Bool {
            context.tokens[position].isMark(";") || boundaries.contains(context.tokens[position].stem)
        }
        var start = index
        while start > sentence.lowerBound, !isBoundary(start - 1) { start -= 1 }
        var end = index + 1
        while end < sentence.upperBound, !isBoundary(end) { end += 1 }
        let earlier = context.dates[..<number].last { $0 != nil } ?? nil
        let resolver = DateResolver(months: lexicon.months)
        if let date = resolver.date(in: context.tokens[start..<end], context: earlier) { return date }
        guard let later = (start..<end).first(where: { context.tokens[$0].stem == "later" }), later - 2 >= start,
              ["month", "months"].contains(context.tokens[later - 1].stem),
              let count = count(context.tokens[later - 2]),
              let before = resolver.date(in: context.tokens[sentence.lowerBound..<start], context: earlier) else { return nil }
        return resolver.date(before, plusMonths: count)
    }

    /// The number a word or numeral gives ("four", "4").
    private func count(_ token: Token) -> Int? {
        Int(token.text) ?? lexicon.cues("count").firstIndex(of: [token.stem]).map { $0 + 1 }
    }
}
