extension EventExtractor {
    private static let stops: Set<String> = ["to", "in", "as", "later", "that", "which", "who", "and", "by", "on", "at", "for", "from", "after"]
    /// Words that may stand between an appointee and "appointed": "had been", "was swiftly".
    private static let auxiliaries: Set<String> = ["was", "were", "been", "be", "being", "is", "are", "has", "had", "have",
                                                   "swiftly", "quickly", "later", "then", "subsequently", "also", "recently", "just"]

    /// "X appointed Y", "Y had been appointed", "X took the step of appointing a team of five
    /// commissioners", "Y's appointment as ...", "the appointment of Y": "Appointment of Y (date)".
    /// The appointer and the appointee (a person, or a body such as "commissioners") take part.
    /// An appointee known only by a pronoun is left out: "he" is too often resolved to the wrong man.
    func appointments(_ context: inout ArticleContext, _ number: Int) -> [Int] {
        let view = context.view(number)
        var events: [Int] = []
        for cue in view.find(lexicon.cues("appoint") + lexicon.cues("appointing")) + view.find(lexicon.cues("appointment")) {
            guard let (appointee, name, passive) = appointee(of: cue, view), !isDuty(cue, view) else { continue }
            if let appointee, isPronoun(appointee, view) { continue }
            let event = self.event("Appointment of \(name)", &context, number, at: cue)
            if let appointee {
                context.relate(appointee.entity, .participatedIn, event, rule: "appointment-event", sentence: number, confidence: 0.6,
                               attributes: ["role": "appointee"])
                // Commissioners appointed "to take over the running of Barset Council" are appointed in Barset.
                if let run = context.relations.first(where: { $0.subject == appointee.entity && $0.predicate == .tookOver && $0.sentence == number }),
                   let home = context.resolution.homePlace[run.object] {
                    context.relate(event, .locatedIn, home, rule: "appointment-event", sentence: number, confidence: 0.5)
                }
            }
            let noun = view.tokens[cue.lowerBound].stem == "appointment"
            if !passive, !noun, let appointer = view.before(cue.lowerBound, Self.actors), appointer.entity != appointee?.entity,
               !isPronoun(appointer, view), isSubject(appointer, of: cue, view) {
                context.relate(appointer.entity, .participatedIn, event, rule: "appointment-event", sentence: number, confidence: 0.6)
            }
            events.append(event)
        }
        return events
    }

    /// The members of an appointed body ("one of the commissioners, Sir Ed Smith") took part in
    /// its appointment too.
    func appointedMembers(_ context: inout ArticleContext) {
        let appointed = context.relations.filter { $0.rule == "appointment-event" && context.resolution.entities[$0.subject].kind == .body }
        for appointment in appointed {
            for membership in context.relations where membership.predicate == .memberOf && membership.object == appointment.subject {
                context.relate(membership.subject, .participatedIn, appointment.object, rule: "appointed-member",
                               sentence: membership.sentence, confidence: 0.5, attributes: membership.attributes["role"].map { ["role": $0] } ?? [:])
            }
        }
    }

    /// The appointee's mention (if it is a person or a body), the name the event gives it, and
    /// whether the cue is passive.
    private func appointee(of cue: Range<Int>, _ view: SentenceView) -> (ResolvedMention?, String, Bool)? {
        let lower = view.sentence.tokens.lowerBound, upper = view.sentence.tokens.upperBound
        if view.tokens[cue.lowerBound].stem == "appointment" {
            if cue.upperBound + 1 < upper, view.tokens[cue.upperBound].stem == "of",
               let person = view.after(cue.upperBound + 1, [.person]), person.tokens.lowerBound <= cue.upperBound + 2 {
                return (person, view.entities[person.entity].name, true)
            }
            guard let owner = view.mentions.last(where: { $0.tokens.upperBound == cue.lowerBound && view.kind($0) == .person }),
                  view.tokens[owner.tokens.upperBound - 1].isPossessive, !owner.isReference else { return nil }
            return (owner, view.entities[owner.entity].name, true)
        }
        var marker = cue.lowerBound
        while marker > lower, Self.auxiliaries.contains(view.tokens[marker - 1].stem) { marker -= 1 }
        if marker < cue.lowerBound, (marker..<cue.lowerBound).contains(where: { ["was", "were", "been", "be", "being", "is", "are"].contains(view.tokens[$0].stem) }) {
            // "Ann Wood was appointed", "Ann Wood, who was appointed in 2015,".
            var end = marker
            if end - 2 >= lower, view.tokens[end - 1].stem == "who", view.tokens[end - 2].isMark(",") { end -= 2 }
            if let person = view.mentions.first(where: { $0.tokens.upperBound == end && view.kind($0) == .person }) {
                return (person, view.entities[person.entity].name, true)
            }
            return nounPhrase(max(lower, marker - 6)..<marker, view).map { (nil, $0, true) }
        }
        if cue.upperBound < upper, view.tokens[cue.upperBound].stem == "by" {
            // A reduced passive, "the commissioners appointed by the minister": the appointee comes first.
            let end = cue.lowerBound > lower && view.tokens[cue.lowerBound - 1].isMark(",") ? cue.lowerBound - 1 : cue.lowerBound
            if let named = view.mentions.last(where: { $0.tokens.upperBound == end && [.person, .body].contains(view.kind($0)) }) {
                return (named, view.entities[named.entity].name, true)
            }
            return nounPhrase(max(lower, end - 6)..<end, view).map { (nil, $0, true) }
        }
        if let person = view.after(cue.upperBound, [.person]), person.tokens.lowerBound <= cue.upperBound + 4 {
            return (person, view.entities[person.entity].name, false)
        }
        guard let phrase = nounPhrase(cue.upperBound..<upper, view) else { return nil }
        let body = view.after(cue.upperBound, [.body]).flatMap { $0.tokens.lowerBound <= cue.upperBound + 6 ? $0 : nil }
        return (body.flatMap { view.entities[$0.entity].name.lowercased().hasSuffix(phrase.split(separator: " ").last ?? "") ? $0 : nil },
                phrase, false)
    }

    /// True when `actor` can be the subject of the verb at `cue`: at most eight words before it,
    /// none of them punctuation or a conjunction ("judged inadequate by Ofsted - and it appointed"
    /// does not make Ofsted the appointer).
    private func isSubject(_ actor: ResolvedMention, of cue: Range<Int>, _ view: SentenceView) -> Bool {
        let gap = actor.tokens.upperBound..<cue.lowerBound
        return gap.count <= 8 && !gap.contains { view.tokens[$0].shape == .punctuation || ["and", "but", "or"].contains(view.tokens[$0].stem) }
    }

    /// True for "the functions of appointing the chief executive": a duty, not a happening.
    private func isDuty(_ cue: Range<Int>, _ view: SentenceView) -> Bool {
        let lower = view.sentence.tokens.lowerBound
        guard cue.lowerBound - 2 >= lower, view.tokens[cue.lowerBound - 1].stem == "of" else { return false }
        return lexicon.cues("powers").contains([view.tokens[cue.lowerBound - 2].stem])
    }

    /// The head of a lowercase noun phrase: "a team of five commissioners to ..." → "commissioners".
    private func nounPhrase(_ range: Range<Int>, _ view: SentenceView) -> String? {
        var words: [Int] = []
        for index in range {
            let token = view.tokens[index]
            if token.shape == .punctuation || Self.stops.contains(token.stem) || ["was", "were"].contains(token.stem) {
                if words.isEmpty { continue } else { break }
            }
            if token.stem == "of" || token.shape == .number || ["a", "an", "the", "his", "her", "its", "their", "team", "one", "two", "three", "four", "five", "six", "seven", "new"].contains(token.stem) {
                words.removeAll()
                continue
            }
            if token.isCapitalised, index != view.sentence.tokens.lowerBound { break }
            words.append(index)
        }
        guard !words.isEmpty, words.count <= 5, let last = words.last else { return nil }
        let head = view.tokens[last].stem.hasSuffix("s") ? String(view.tokens[last].stem.dropLast()) : view.tokens[last].stem
        guard lexicon.roles.contains(where: { $0.words.last == head || $0.words.last == view.tokens[last].stem }) else { return nil }
        return words.map { view.tokens[$0].text.lowercased() }.joined(separator: " ")
    }
}
