/// Reads events (resignations, departures, appointments, inspections, inquiries, debates,
/// scandals) and names them in one convention: "<Nominalised trigger> of <participant> (<year>)"
/// or "<Agent> inspection (<year>)", so that the same event read twice is one entity.
///
/// Rules: `resigned` (X resigned/quit/stood down [from Y]: resigned_from, the event and
/// participated_in), `departure` (retired, withdrew, was sacked or suspended; "X sacked Y"
/// for Y), `job-loss` ("the scandal cost X her job": the departure, caused by the scandal),
/// `appointment-event` and `appointed-member` (EventExtractor+Appointments);
/// `inspection-event`, `investigation-event`, `inquiry-event`, `criminal-investigation` and
/// `their-review` (EventExtractor+Inquiries: the agent took part, what it looks into is
/// investigated); `debate`, `scandal`, and `led-to` (a report on the cause's side of
/// "sparked", "after", "following", "in the wake of" in the sentence of an event caused it).
public struct EventExtractor: Sendable {
    let lexicon: Lexicon
    static let actors: Set<EntityKind> = [.person, .body]

    /// Creates the extractor over `lexicon`'s cue phrases.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Adds events and their relations for every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        // A scandal is what reports uncover, not what they cause: it is not among `events`. Named
        // scandals first, so that "the scandal" refers to one even when it is named further on.
        for number in context.sentences.indices { scandals(&context, number, named: true) }
        for number in context.sentences.indices { scandals(&context, number, named: false) }
        var previous: [Int] = []
        for number in context.sentences.indices {
            var events: [Int] = []
            events += departures(&context, number, cue: "resign", noun: "Resignation", resigns: true)
            events += departures(&context, number, cue: "retire", noun: "Retirement", resigns: true)
            events += departures(&context, number, cue: "withdraw", noun: "Withdrawal", resigns: true)
            events += departures(&context, number, cue: "sack", noun: "Sacking", resigns: false)
            events += departures(&context, number, cue: "suspend", noun: "Suspension", resigns: false)
            events += jobLosses(&context, number)
            events += appointments(&context, number)
            events += agentEvents(&context, number, cue: "inspect", noun: "inspection")
            events += agentEvents(&context, number, cue: "investigate", noun: "investigation")
            events += agentEvents(&context, number, cue: "inquiry", noun: "inquiry")
            possessedReviews(&context, number)
            events += debates(&context, number)
            causes(&context, number, events: events.isEmpty && opensWithThisFollowed(context.view(number)) ? previous : events)
            previous = events
        }
        appointedMembers(&context)
    }

    /// The date of sentence `number`: its own, else the date one of the two sentences before it
    /// gave (a year named further back dates other things), to the month when the sentence says
    /// "that month" ("later that month"), else to the year.
    func date(_ context: ArticleContext, _ number: Int) -> String? {
        if let own = context.dates[number] { return own }
        guard let earlier = context.dates[max(0, number - 2)..<number].last(where: { $0 != nil }) ?? nil else { return nil }
        let view = context.view(number)
        let sameMonth = view.sentence.tokens.contains { index in
            view.tokens[index].stem == "month" && index > view.sentence.tokens.lowerBound
                && ["that", "same"].contains(view.tokens[index - 1].stem)
        }
        return sameMonth ? String(earlier.prefix(7)) : String(earlier.prefix(4))
    }

    /// The event "<base> (<year>)" of sentence `number` (also known by its undated name and, when
    /// the month is known, as "<base> (<year-month>)"), or the article's event with that base
    /// name already, so that one resignation read in three sentences stays one event.
    func event(_ base: String, _ context: inout ArticleContext, _ number: Int, at tokens: Range<Int>? = nil) -> Int {
        let folded = Lexicon.key(base)
        if let existing = context.resolution.entities.firstIndex(where: { entity in
            entity.kind == .event && (Lexicon.key(entity.name) == folded || entity.name.hasPrefix(base + " (")) }) {
            if let tokens { _ = context.entity(.event, named: context.resolution.entities[existing].name, at: tokens, sentence: number) }
            return existing
        }
        guard let date = date(context, number) else {
            return context.entity(.event, named: base, at: tokens, sentence: number)
        }
        let monthly = date.count >= 7 ? ["\(base) (\(date.prefix(7)))"] : []
        return context.entity(.event, named: "\(base) (\(date.prefix(4)))", aliases: [base] + monthly, at: tokens, sentence: number,
                              attributes: ["date": date])
    }

    /// The sentence's own date as a `date` attribute, if it gives one.
    func dated(_ context: ArticleContext, _ number: Int) -> [String: String] {
        context.dates[number].map { ["date": $0] } ?? [:]
    }

    /// Words that deny a departure ("would not resign", "refused to step down").
    private static let negations: Set<String> = ["not", "never", "refused", "refuses", "declined", "declines", "won't",
                                                 "wouldn't", "didn't", "cannot", "can't", "no", "refusal"]

    /// "X resigned [from Y]", "X quit", "X was sacked": the event, participated_in and resigned_from.
    private func departures(_ context: inout ArticleContext, _ number: Int, cue key: String, noun: String, resigns: Bool) -> [Int] {
        let view = context.view(number)
        var events: [Int] = []
        let cues = view.find(lexicon.cues(key))
        let calledFor = !cues.isEmpty && (!view.find(lexicon.cues("recommend")).isEmpty
            || view.sentence.tokens.contains { ["calls", "intention", "refused", "refuses", "pressure"].contains(view.tokens[$0].stem) })
        for cue in cues {
            if cue.lowerBound > view.sentence.tokens.lowerBound, view.tokens[cue.lowerBound - 1].stem == "to", calledFor { continue }
            if (max(view.sentence.tokens.lowerBound, cue.lowerBound - 3)..<cue.lowerBound).contains(where: { Self.negations.contains(view.tokens[$0].stem) }) { continue }
            var leavers: [ResolvedMention] = []
            if view.tokens[cue.lowerBound].stem == "resignation" {
                if cue.upperBound < view.sentence.tokens.upperBound, view.tokens[cue.upperBound].stem == "of",
                   let subject = view.after(cue.upperBound + 1, Self.actors), subject.tokens.lowerBound <= cue.upperBound + 4 {
                    leavers.append(subject)
                } else if let owner = view.mentions.last(where: { $0.tokens.upperBound == cue.lowerBound && view.kind($0) == .person }),
                          view.tokens[owner.tokens.upperBound - 1].isPossessive, !owner.isReference,
                          owner.tokens.lowerBound == view.sentence.tokens.lowerBound || view.tokens[owner.tokens.lowerBound - 1].stem != "for" {
                    leavers.append(owner) // "in the wake of Mr Tull's resignation"; not "calls for Tull's resignation"
                }
            } else if !resigns, !isPassive(cue, view) {
                // "Ann Wood sacked her deputy, Peter Smith": the one who goes comes after the verb.
                if let object = view.after(cue.upperBound, [.person]), object.tokens.lowerBound <= cue.upperBound + 6 { leavers.append(object) }
            } else if let subject = view.before(cue.lowerBound, Self.actors) {
                leavers.append(subject)
            }
            for along in view.find(lexicon.cues("along")) where along.lowerBound > cue.lowerBound {
                if let other = view.after(along.upperBound, [.person]), other.tokens.lowerBound <= along.upperBound + 4 { leavers.append(other) }
            }
            var from: Int?
            if cue.upperBound < view.sentence.tokens.upperBound, ["from", "as"].contains(view.tokens[cue.upperBound].stem),
               let body = view.after(cue.upperBound + 1, [.body]), body.tokens.lowerBound <= cue.upperBound + 8,
               !(cue.upperBound..<body.tokens.lowerBound).contains(where: { view.tokens[$0].shape == .punctuation }) {
                from = body.entity
            }
            // "She resigned" names her; "He is the latest of several officials to step down" is too loose to.
            for leaver in leavers where !(isPronoun(leaver, view) && leaver.tokens.upperBound < cue.lowerBound - 2)
                && (view.tokens[cue.lowerBound].stem == "resignation" || leaver.tokens.lowerBound > cue.lowerBound
                    || !isPrepositionObject(leaver, view)) { // the subject before the verb, not "along with X" after it
                let entity = context.resolution.entities[leaver.entity]
                if entity.kind == .body, !context.relations.contains(where: { $0.subject == leaver.entity && $0.predicate == .partOf }) { continue }
                let article = entity.kind == .body ? "the " : ""
                let event = self.event("\(noun) of \(article)\(entity.name)", &context, number)
                let fromName = from.map { " from \(context.resolution.entities[$0].name)" }
                _ = context.entity(.event, named: context.resolution.entities[event].name,
                                   aliases: entity.aliases.map { "\(noun) of \(article)\($0)" } + (fromName.map { ["\(noun) of \(article)\(entity.name)\($0)"] } ?? []),
                                   at: nil, sentence: number)
                var role = dated(context, number)
                role["role"] = entity.attributes["role"]
                context.relate(leaver.entity, .participatedIn, event, rule: "departure", sentence: number, confidence: 0.7, attributes: role)
                events.append(event)
                guard resigns, let body = from ?? employer(of: leaver.entity, in: context) else { continue }
                context.relate(leaver.entity, .resignedFrom, body, rule: "resigned", sentence: number, confidence: 0.7,
                               attributes: dated(context, number))
            }
        }
        return events
    }

    /// True when the verb at `cue` is passive: "was (swiftly) sacked", "has been suspended".
    private func isPassive(_ cue: Range<Int>, _ view: SentenceView) -> Bool {
        var index = cue.lowerBound - 1
        while index > view.sentence.tokens.lowerBound, view.tokens[index].stem.hasSuffix("ly") { index -= 1 }
        return index >= view.sentence.tokens.lowerBound && ["was", "were", "been", "be", "being", "is", "are", "got", "get"].contains(view.tokens[index].stem)
    }

    /// True for "he", "she", "they": a leaver or appointee known only by a pronoun, too often
    /// resolved to the wrong person to name an event after.
    func isPronoun(_ mention: ResolvedMention, _ view: SentenceView) -> Bool {
        mention.isReference && ["he", "she", "him", "her", "they", "them", "it"].contains(view.tokens[mention.tokens.lowerBound].stem)
    }

    /// True when a preposition governs the mention ("blasted over murdered schoolboy Ann Wood
    /// has stepped down"): it is not the subject of the verb after it, unless a relative clause
    /// makes it one ("the functions of the cabinet, which resigned").
    private func isPrepositionObject(_ mention: ResolvedMention, _ view: SentenceView) -> Bool {
        let next = mention.tokens.upperBound
        let relative = (next..<min(view.sentence.tokens.upperBound, next + 2)).contains { ["which", "who"].contains(view.tokens[$0].stem) }
        if relative { return false }
        let prepositions = Set(lexicon.cues("preposition").map { $0[0] })
        var index = mention.tokens.lowerBound - 1
        while index >= max(view.sentence.tokens.lowerBound, mention.tokens.lowerBound - 3) {
            let token = view.tokens[index]
            if prepositions.contains(token.stem) { return true }
            guard token.shape == .word, !token.isCapitalised else { return false }
            index -= 1
        }
        return false
    }

    /// "The scandal also cost director Ann Wood her job": "Departure of Ann Wood (year)", caused
    /// (led_to) by the report or event named just before "cost".
    private func jobLosses(_ context: inout ArticleContext, _ number: Int) -> [Int] {
        let view = context.view(number)
        let upper = view.sentence.tokens.upperBound
        var events: [Int] = []
        for cue in view.sentence.tokens where ["cost", "costs"].contains(view.tokens[cue].stem) {
            guard let job = (cue + 1..<min(upper, cue + 20)).first(where: { lexicon.cues("job").contains([view.tokens[$0].stem]) }),
                  ["his", "her", "their"].contains(view.tokens[job - 1].stem),
                  let person = view.mentions.last(where: { $0.tokens.lowerBound > cue && $0.tokens.upperBound < job && view.kind($0) == .person })
            else { continue }
            let event = self.event("Departure of \(context.resolution.entities[person.entity].name)", &context, number, at: cue..<job + 1)
            context.relate(person.entity, .participatedIn, event, rule: "job-loss", sentence: number, confidence: 0.6,
                           attributes: context.resolution.entities[person.entity].attributes["role"].map { ["role": $0] } ?? [:])
            if let cause = view.before(cue, [.report, .event]), cause.tokens.upperBound >= cue - 2 {
                context.relate(cause.entity, .ledTo, event, rule: "job-loss", sentence: number, confidence: 0.6)
            }
            events.append(event)
        }
        return events
    }

    /// The body a person or sub-body belongs to, from relations read so far; else the main council.
    private func employer(of entity: Int, in context: ArticleContext) -> Int? {
        if let known = context.relations.first(where: {
            $0.subject == entity && [.leads, .memberOf, .partOf].contains($0.predicate) }) {
            return known.object
        }
        return context.mainCouncil
    }

    /// "the Westshire: Which Way? debate" (named by capitalised words: "a public debate" is no
    /// event), and "the debate" once the article has named one. The people in the sentence and
    /// a broadcaster in the debate's name took part; "chairing" makes a person's role chair.
    private func debates(_ context: inout ArticleContext, _ number: Int) -> [Int] {
        let view = context.view(number)
        let lower = view.sentence.tokens.lowerBound
        var events: [Int] = []
        for index in view.sentence.tokens where view.tokens[index].stem == "debate" {
            var start = index
            while start > lower, index - start < 6, !["the", "a", "an", "this", "its", "whole"].contains(view.tokens[start - 1].stem),
                  view.tokens[start - 1].shape == .word || view.tokens[start - 1].isMark(":") || view.tokens[start - 1].isMark("?") {
                start -= 1
            }
            let range = start..<index + 1
            let event: Int
            if (start..<index).contains(where: { view.tokens[$0].isCapitalised && $0 > lower }) {
                event = context.entity(.event, named: view.text(range), at: range, sentence: number)
            } else if start == index, index > lower, ["the", "this"].contains(view.tokens[index - 1].stem),
                      let named = context.resolution.entities.indices.first(where: {
                          context.resolution.entities[$0].kind == .event && context.resolution.entities[$0].name.hasSuffix(" debate") }) {
                event = named
            } else {
                continue
            }
            let chairing = view.sentence.tokens.contains { ["chairing", "chaired", "chairs"].contains(view.tokens[$0].stem) }
            for mention in view.mentions {
                let role: String
                switch view.kind(mention) {
                case .person: role = chairing ? "chair" : "speaker"
                case .body where range.contains(mention.tokens.lowerBound): role = "broadcaster"
                default: continue
                }
                context.relate(mention.entity, .participatedIn, event, rule: "debate", sentence: number, confidence: 0.5,
                               attributes: ["role": role])
            }
            events.append(event)
        }
        return events
    }

    /// "the child abuse scandal" (not "another scandal": that one is named elsewhere), located in
    /// the place it gives or the article's council's town and named after it ("Barset scandal",
    /// the words the article used kept as aliases), so that every article's account of one
    /// town's scandal is one event; a bare "the scandal" is the one the article names.
    private func scandals(_ context: inout ArticleContext, _ number: Int, named: Bool) {
        let view = context.view(number)
        for index in view.sentence.tokens where view.tokens[index].stem == "scandal" {
            var start = index
            while start > view.sentence.tokens.lowerBound, index - start < 3,
                  !["the", "a", "an", "this", "its", "whole"].contains(view.tokens[start - 1].stem),
                  !lexicon.stopwords.contains(view.tokens[start - 1].stem),
                  view.tokens[start - 1].shape == .word && !view.tokens[start - 1].isCapitalised {
                start -= 1
            }
            if start == index, !named, index > view.sentence.tokens.lowerBound, ["the", "this"].contains(view.tokens[index - 1].stem),
               let scandal = context.resolution.entities.indices.first(where: {
                   context.resolution.entities[$0].kind == .event && context.resolution.entities[$0].name.hasSuffix(" scandal") }) {
                _ = context.entity(.event, named: context.resolution.entities[scandal].name, at: index..<index + 1, sentence: number)
                continue
            }
            guard named, start < index, !(start > view.sentence.tokens.lowerBound && view.tokens[start - 1].stem == "another") else { continue }
            let described = view.text(start..<index + 1)
            let place = view.mentions.first { $0.tokens.lowerBound >= start && view.kind($0) == .place }?.entity
                ?? context.mainCouncil.flatMap { context.resolution.homePlace[$0] }
            let town = place.map { context.resolution.entities[$0].name }
            let event = context.entity(.event, named: town.map { "\($0) scandal" } ?? described,
                                       aliases: town.map { [described, "\($0) \(described)"] } ?? [], at: start..<index + 1, sentence: number)
            if let place { context.relate(event, .locatedIn, place, rule: "scandal", sentence: number, confidence: 0.6) }
        }
    }

    /// True for a sentence that opens "This followed ...", "It came after ...": it gives the cause
    /// of what the sentence before told.
    private func opensWithThisFollowed(_ view: SentenceView) -> Bool {
        let start = view.sentence.tokens.lowerBound
        guard start + 2 < view.sentence.tokens.upperBound, ["this", "it", "that"].contains(view.tokens[start].stem) else { return false }
        let next = view.tokens[start + 1].stem
        return lexicon.cues("follow").contains([next]) || next == "came" && lexicon.cues("follow").contains([view.tokens[start + 2].stem])
    }

    /// True when "it" is the subject of the verb at `cue`: "it sparked", "it was published".
    private func isItsVerb(_ cue: Range<Int>, _ view: SentenceView) -> Bool {
        var index = cue.lowerBound - 1
        while index > view.sentence.tokens.lowerBound, ["was", "were", "has", "had", "been", "is"].contains(view.tokens[index].stem) { index -= 1 }
        return index >= view.sentence.tokens.lowerBound && index < cue.lowerBound && view.tokens[index].stem == "it"
    }

    /// A report and an event in one sentence joined by a cue, the report on the cause's side of
    /// it: before "sparked", "prompted", "led to" or "published" ("the report sparked ...", "...
    /// resigned as the report was published"), after "after", "following", "over", "in the wake
    /// of" ("resigned in the wake of the report"): led_to.
    private func causes(_ context: inout ArticleContext, _ number: Int, events: [Int]) {
        guard !events.isEmpty else { return }
        let view = context.view(number)
        let reports = view.mentions.filter { view.kind($0) == .report }
        var cause: ResolvedMention?
        let causeCues = view.find(lexicon.cues("cause") + lexicon.cues("publish"))
        for cue in causeCues where cause == nil {
            cause = reports.last { $0.tokens.upperBound <= cue.lowerBound }
        }
        for cue in view.find(lexicon.cues("because-of") + lexicon.cues("follow")) where cause == nil {
            cause = reports.first { $0.tokens.lowerBound >= cue.upperBound && $0.tokens.lowerBound <= cue.upperBound + 6 }
        }
        if cause == nil, number > 0, causeCues.contains(where: { isItsVerb($0, view) }) {
            // "A subsequent report said ... . It sparked an investigation", "... resigned after it was published":
            // "it" is the report the sentence before opened with.
            cause = context.resolution.mentions[number - 1].first { context.resolution.entities[$0.entity].kind == .report }
        }
        guard let report = cause else { return }
        for event in Set(events).sorted() where context.resolution.entities[event].kind == .event
            && !context.resolution.entities[event].mentions.contains(where: { $0.overlaps(report.tokens) }) {
            context.relate(report.entity, .ledTo, event, rule: "led-to", sentence: number, confidence: 0.6)
        }
    }
}
