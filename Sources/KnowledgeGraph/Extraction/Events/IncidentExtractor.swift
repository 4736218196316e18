/// Reads the incidents child-protection and inspection news revolves around: deaths
/// ("the death of X", "X died"), named cases and affairs ("the Baby Z case", "the Westfield
/// attack"), jailings ("five men were jailed"), and hearings or interviews held by a body.
///
/// Rules: `death` (the event "death of <person> (<year>)"), `report-into` (a report "into the
/// death of X": its authors investigated that event), `named-incident` ("<Name> case/affair/
/// campaign/attack/plot", located in a place it names), `placed-incident` ("the attack in
/// Leeds": "Leeds attack"), `jailing` ("jailing of <who> (<year>)"),
/// `hearing` ("the Westshire Committee hearing", "appears before the Westshire Committee": the
/// body and the witness took part) and `media-interview` ("Ann
/// Wood said in a Barset Gazette interview": the person named before it gave it) and
/// `incident-consequence` ("sacked over the Baby Z case": the case led to the sacking),
/// `honours` ("awarded OBEs in the New Year Honours": the people took part) and
/// `appeal-refusal` ("the Court of Appeal refused an appeal": the court took part).
public struct IncidentExtractor: Sendable {
    private static let deathWords: Set<String> = ["death", "murder", "killing", "manslaughter"]
    private static let diedWords: Set<String> = ["died", "dies", "killed", "murdered"]
    private static let incidentHeads: Set<String> = ["case", "affair", "campaign", "attack", "attacks", "plot", "row", "murders"]
    private static let sessionHeads: Set<String> = ["hearing", "interview", "session"]
    private static let intoTopics: Set<String> = ["death", "murder", "killing", "manslaughter", "neglect", "abuse",
                                                  "attack"]
    private static let jailWords: Set<String> = ["jailed", "imprisoned", "sentenced", "convicted"]
    private static let nounStops: Set<String> = ["in", "on", "at", "by", "for", "after", "before", "when", "and", "but", "who",
                                                 "which", "that", "the", "a", "an", "of", "to", "with", "were", "was", "had", "have"]

    /// Creates the stage.
    public init() {}

    /// Adds incident events and their relations for every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        for number in context.sentences.indices {
            deaths(&context, number)
            namedIncidents(&context, number)
            placedIncidents(&context, number)
            jailings(&context, number)
            consequences(&context, number)
            appearances(&context, number)
            honours(&context, number)
            appealRefusals(&context, number)
        }
        reportsInto(&context)
    }

    /// The sentence's own date as a `date` attribute, if it gives one.
    private func dated(_ context: ArticleContext, _ number: Int) -> [String: String] {
        context.dates[number].map { ["date": $0] } ?? [:]
    }

    /// The event named `base` (with the sentence's year), or the article's event of that base.
    private func event(_ base: String, _ context: inout ArticleContext, _ number: Int, at tokens: Range<Int>?) -> Int {
        let folded = NameFolding.fold(base)
        if let existing = context.resolution.entities.firstIndex(where: {
            $0.kind == .event && (NameFolding.fold($0.name) == folded || $0.name.hasPrefix(base + " (")) }) {
            return existing
        }
        let name = context.dates[number].map { "\(base) (\($0.prefix(4)))" } ?? base
        return context.entity(.event, named: name, at: tokens, sentence: number, attributes: dated(context, number))
    }

    /// "the death of Tommy Briggs", "Tommy Briggs died in May 2019", "Tommy's death": "death of
    /// Tommy Briggs (2019)".
    private func deaths(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        // A pronoun counts when the sentence named its person before it ("Tom Briggs ... before he died").
        for mention in view.mentions where view.kind(mention) == .person && (!mention.isReference || view.mentions.contains {
            !$0.isReference && $0.entity == mention.entity && $0.tokens.upperBound <= mention.tokens.lowerBound }) {
            let before = mention.tokens.lowerBound
            let after = mention.tokens.upperBound
            // "the death of (four-year-old) Tom Green": at most two lower-case describing words between.
            let earliest = min(before, max(view.sentence.tokens.lowerBound + 1, before - 3))
            let of = (earliest..<before).last { view.tokens[$0].stem == "of" }
            let namedDeath = of.map { of in Self.deathWords.contains(view.tokens[of - 1].stem)
                && (of + 1..<before).allSatisfy { view.tokens[$0].shape == .word && !view.tokens[$0].isCapitalised } } ?? false
            // "Tom Green died", "Tom Green, who died in 2017".
            var verb = after
            if verb + 1 < view.sentence.tokens.upperBound, view.tokens[verb].isMark(","), view.tokens[verb + 1].stem == "who" { verb += 2 }
            let died = verb < view.sentence.tokens.upperBound && Self.diedWords.contains(view.tokens[verb].stem)
                && !(verb + 1 < view.sentence.tokens.upperBound && view.tokens[verb + 1].stem == "by")
            // "Tom's death", "the girl's murder" (a named person's).
            let possessive = view.tokens[after - 1].isPossessive && !mention.isReference && after < view.sentence.tokens.upperBound
                && Self.deathWords.contains(view.tokens[after].stem)
            guard namedDeath || died || possessive else { continue }
            let person = context.resolution.entities[mention.entity].name
            let span = namedDeath ? of! - 1..<after : possessive ? before..<after + 1 : before..<verb + 1
            _ = event("death of \(person)", &context, number, at: span)
        }
    }

    /// "the Baby Z case", "the Westfield attack", "the Red Door affair": capitalised words
    /// before an incident noun; a place among them locates the event.
    private func namedIncidents(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        for index in view.sentence.tokens where Self.incidentHeads.contains(view.tokens[index].stem)
            || Self.sessionHeads.contains(view.tokens[index].stem) {
            var start = index
            while start > view.sentence.tokens.lowerBound, index - start < 5,
                  view.tokens[start - 1].isCapitalised || view.tokens[start - 1].isAcronym || view.tokens[start - 1].isMark("'"),
                  !["the", "a", "an"].contains(view.tokens[start - 1].stem) {
                start -= 1
            }
            let outer = start
            while start < index, view.tokens[start].isMark("'") { start += 1 }
            guard start < index, outer > view.sentence.tokens.lowerBound,
                  ["the", "a", "an"].contains(view.tokens[outer - 1].stem) || view.tokens[outer - 1].isPossessive else { continue }
            let isSession = Self.sessionHeads.contains(view.tokens[index].stem)
            let inside = view.mentions.filter { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= index && !$0.isReference }
            if isSession && !inside.contains(where: { view.kind($0) == .body }) { continue }
            let name = (start...index).filter { !view.tokens[$0].isMark("'") }.map { view.tokens[$0].bare }.joined(separator: " ")
            let incident = context.entity(.event, named: name, at: start..<index + 1, sentence: number, attributes: dated(context, number))
            // "the 'Westfield' campaign ... on schools in Barset": with no place in its name, the
            // place the sentence puts it "in" afterwards.
            if !isSession, !inside.contains(where: { view.kind($0) == .place }),
               let place = view.mentions.first(where: { view.kind($0) == .place && $0.tokens.lowerBound > index + 1
                   && view.tokens[$0.tokens.lowerBound - 1].stem == "in" }) {
                context.relate(incident, .locatedIn, place.entity, rule: "named-incident", sentence: number, confidence: 0.5)
            }
            for mention in inside {
                switch view.kind(mention) {
                case .place:
                    context.relate(incident, .locatedIn, mention.entity, rule: "named-incident", sentence: number, confidence: 0.6)
                case .body where isSession && !context.resolution.entities[mention.entity].isMedia:
                    context.relate(mention.entity, .participatedIn, incident, rule: "hearing", sentence: number, confidence: 0.6)
                case .body where isSession:
                    // A newspaper or broadcaster holds the interview; the person who gives it takes part.
                    let speaker = view.after(index + 1, [.person]).flatMap { $0.tokens.lowerBound <= index + 3 ? $0 : nil } // "In an X interview, Y said"
                    guard let interviewee = view.before(start, [.person]) ?? speaker ?? previousSubject(context, number) else { break }
                    context.relate(interviewee.entity, .participatedIn, incident, rule: "media-interview", sentence: number,
                                   confidence: 0.5, attributes: ["role": "interviewee"])
                default:
                    break
                }
            }
        }
    }

    /// "Ann Wood, who was sacked over the Baby Z case", "resigned in the wake of the scandal": the
    /// incident named right after the cue caused (led_to) the events the sentence's people and
    /// bodies took part in.
    private func consequences(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        for cue in view.find(context.lexicon.cues("because-of")) {
            guard let incident = view.mentions.first(where: {
                view.kind($0) == .event && (cue.upperBound...cue.upperBound + 1).contains($0.tokens.lowerBound) }) else { continue }
            let effects = context.relations.filter { $0.sentence == number && $0.predicate == .participatedIn && $0.object != incident.entity }
            for effect in Set(effects.map(\.object)).sorted() {
                context.relate(incident.entity, .ledTo, effect, rule: "incident-consequence", sentence: number, confidence: 0.5)
            }
        }
    }

    /// The person who opens sentence `number - 1` ("Sir Ed Smith last night said ... . The claim,
    /// in a Barset Radio interview, ..."): whom a sentence without a speaker of its own goes on about.
    private func previousSubject(_ context: ArticleContext, _ number: Int) -> ResolvedMention? {
        guard number > 0, let first = context.resolution.mentions[number - 1].first,
              first.tokens.lowerBound <= context.sentences[number - 1].tokens.lowerBound + 1, // after a title such as "Sir"
              context.resolution.entities[first.entity].kind == .person else { return nil }
        return first
    }

    /// "the 'appalling' attack in Leeds": "Leeds attack", located in Leeds. The incident noun
    /// has no name of its own and a determiner before it (at most three words or quotes between).
    private func placedIncidents(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        let lower = view.sentence.tokens.lowerBound
        for index in view.sentence.tokens where Self.incidentHeads.contains(view.tokens[index].stem) && index > lower
            && !view.tokens[index - 1].isCapitalised && index + 2 < view.sentence.tokens.upperBound && view.tokens[index + 1].stem == "in" {
            guard (max(lower, index - 4)..<index).contains(where: { ["the", "a", "an", "this"].contains(view.tokens[$0].stem) }),
                  let place = place(at: index + 2, &context, number) else { continue }
            let name = "\(context.resolution.entities[place].name) \(view.tokens[index].stem)"
            let incident = context.entity(.event, named: name, at: index..<index + 1, sentence: number, attributes: dated(context, number))
            context.relate(incident, .locatedIn, place, rule: "placed-incident", sentence: number, confidence: 0.6)
        }
    }

    /// The place named at token `index`: a place mention, else a capitalised word that no other
    /// mention claims ("the attack in Wickford Green": a village the gazetteer does not know).
    private func place(at index: Int, _ context: inout ArticleContext, _ number: Int) -> Int? {
        let view = context.view(number)
        if let mention = view.mentions.first(where: { $0.tokens.contains(index) }) {
            return view.kind(mention) == .place && mention.tokens.lowerBound == index ? mention.entity : nil
        }
        let token = view.tokens[index]
        guard token.isCapitalised, !token.isAcronym, !context.lexicon.stopwords.contains(token.stem) else { return nil }
        return context.entity(.place, named: token.bare, at: index..<index + 1, sentence: number)
    }

    /// "when he appears before the Westshire Select Committee", "gave evidence to the Barset
    /// Panel": "<body> hearing", which the body (role committee) and the witness took part in.
    private func appearances(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        for cue in view.find(context.lexicon.cues("appear-before")) {
            guard let body = view.after(cue.upperBound, [.body]), body.tokens.lowerBound <= cue.upperBound + 1 else { continue }
            let hearing = context.entity(.event, named: "\(context.resolution.entities[body.entity].name) hearing", at: cue,
                                         sentence: number, attributes: dated(context, number))
            context.relate(body.entity, .participatedIn, hearing, rule: "hearing", sentence: number, confidence: 0.6,
                           attributes: ["role": "committee"])
            // A witness named, not "he": a pronoun this far into a story is too often someone else.
            if let witness = view.before(cue.lowerBound, [.person]), witness.tokens.upperBound >= cue.lowerBound - 2, !witness.isReference {
                context.relate(witness.entity, .participatedIn, hearing, rule: "hearing", sentence: number, confidence: 0.5,
                               attributes: ["role": "witness"])
            }
        }
    }

    /// "awarded OBEs in the King's birthday honours list", "the New Year Honours": the honours,
    /// which the people of the sentence received.
    private func honours(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        let lower = view.sentence.tokens.lowerBound
        for index in view.sentence.tokens where view.tokens[index].stem == "honours" {
            var start = index
            while start > lower, index - start < 4, view.tokens[start - 1].shape == .word, !["the", "a", "his", "her", "this"].contains(view.tokens[start - 1].stem) {
                start -= 1
            }
            guard start < index, view.tokens[start].isCapitalised, start > lower, view.tokens[start - 1].stem == "the" else { continue }
            let name = view.text(start..<index + 1)
            let honours = context.entity(.event, named: name, at: start..<index + 1, sentence: number, attributes: dated(context, number))
            for person in view.mentions where view.kind(person) == .person {
                context.relate(person.entity, .participatedIn, honours, rule: "honours", sentence: number, confidence: 0.5,
                               attributes: ["role": "recipient"])
            }
        }
    }

    /// "the Supreme Court refused to allow an appeal", "the tribunal rejected her appeal": "<court>
    /// refusal of appeal", which the court took part in.
    private func appealRefusals(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        for cue in view.find(context.lexicon.cues("refuse")) {
            guard (cue.upperBound..<min(view.sentence.tokens.upperBound, cue.upperBound + 5)).contains(where: { view.tokens[$0].stem == "appeal" }),
                  let court = view.before(cue.lowerBound, [.body]), court.tokens.upperBound == cue.lowerBound,
                  context.lexicon.cues("court").contains(where: { view.entities[court.entity].name.lowercased().hasSuffix($0[0]) }) else { continue }
            let refusal = context.entity(.event, named: "\(view.entities[court.entity].name) refusal of appeal", at: cue, sentence: number,
                                         attributes: dated(context, number))
            context.relate(court.entity, .participatedIn, refusal, rule: "appeal-refusal", sentence: number, confidence: 0.5,
                           attributes: ["role": "court"])
        }
    }

    /// "In 2012 five men were jailed": "jailing of five men (2012)".
    private func jailings(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        for index in view.sentence.tokens where Self.jailWords.contains(view.tokens[index].stem)
            && index >= view.sentence.tokens.lowerBound + 2 && ["were", "was"].contains(view.tokens[index - 1].stem) {
            var start = index - 1
            while start > view.sentence.tokens.lowerBound, index - 1 - start < 5, view.tokens[start - 1].shape != .punctuation,
                  !Self.nounStops.contains(view.tokens[start - 1].stem) || start == index - 1 && view.tokens[start - 1].stem == "also" {
                start -= 1
            }
            let words = (start..<index - 1).filter { view.tokens[$0].shape != .number || view.tokens[$0].text.count < 4 }
            guard (1...4).contains(words.count), let head = words.last, !view.tokens[head].isCapitalised || words.count > 1,
                  !["he", "she", "they", "it", "who"].contains(view.tokens[head].stem) else { continue }
            let who = words.map { view.tokens[$0].text }.joined(separator: " ")
            let jailed = view.mentions.first { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= index - 1 && view.kind($0) == .person }
            let name = jailed.map { context.resolution.entities[$0.entity].name } ?? who.prefix(1).lowercased() + who.dropFirst()
            let incident = event("jailing of \(name)", &context, number, at: start..<index + 1)
            if let jailed {
                context.relate(jailed.entity, .participatedIn, incident, rule: "jailing", sentence: number, confidence: 0.5)
            }
        }
    }

    /// A report "into the (horrific) death/neglect of X": whoever wrote it investigated that
    /// event, which is located in any place its name gives.
    private func reportsInto(_ context: inout ArticleContext) {
        for (index, entity) in context.resolution.entities.enumerated() where entity.kind == .report {
            let words = entity.name.split(separator: " ").map { $0.lowercased() }
            guard let into = words.firstIndex(of: "into"), into + 2 < words.count else { continue }
            var start = into + 1
            if words[start] == "the" { start += 1 }
            if start + 2 < words.count, !Self.intoTopics.contains(words[start]), Self.intoTopics.contains(words[start + 1]) { start += 1 }
            guard Self.intoTopics.contains(words[start]),
                  let sentence = context.sentences.indices.first(where: { number in
                      context.resolution.mentions[number].contains { $0.entity == index } }) else { continue }
            let base = entity.name.split(separator: " ")[start...].joined(separator: " ")
            let incident = event(base, &context, sentence, at: entity.mentions.first)
            let authors = context.relations.filter { $0.object == index && [.authored, .published].contains($0.predicate) }.map(\.subject)
            for author in Set(authors).sorted() {
                context.relate(author, .investigated, incident, rule: "report-into", sentence: sentence, confidence: 0.6)
            }
            let named = " " + base.lowercased() + " "
            for place in context.resolution.entities.indices where context.resolution.entities[place].kind == .place
                && named.contains(" " + context.resolution.entities[place].name.lowercased() + " ") {
                context.relate(incident, .locatedIn, place, rule: "report-into", sentence: sentence, confidence: 0.6)
            }
        }
    }
}
