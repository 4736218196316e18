/// Reads criticism between the people, bodies and reports of one sentence.
///
/// Rules: `criticised` ("the minister slammed Barset Council", "condemned the practices of
/// Dr Okafor"), `criticised-passive` ("Barset Council was criticised by the inspectors",
/// "Westshire Police criticised in the Okafor report", "blasted for failings by the council"),
/// `rejected-findings` ("the trust rejected Ofsted's findings": the trust criticised Ofsted),
/// `failing-said` (a speaker or report says a named body "is failing", "failed" or "let down"
/// someone), `finding-about` (a report or person found a fault and the sentence names the
/// body or person at fault) and `damning-report` (a "damning" or "scathing" report with no
/// other target criticised the article's council). Runs after the finding extractors, whose findings it reads.
public struct CriticismExtractor: Sendable {
    private let criticise: [[String]], rebut: [[String]], rebutted: Set<String>, faultVerbs: [[String]]
    private let speech: [[String]], faults: Set<String>, auxiliaries: Set<String>, damning: Set<String>
    private static let critics: Set<EntityKind> = [.person, .body, .report]
    private static let targets: Set<EntityKind> = [.person, .body, .place]
    private static let passiveMarkers: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]
    private static let findingRules: Set<String> = ["finding", "finding-said", "finding-blamed", "finding-parenthetical"]
    /// Findings whose whole sentence is the finding, with no finder named in it.
    private static let wholeSentenceRules: Set<String> = ["finding-list", "finding-quoted"]

    /// Creates the extractor with the cue phrases of `lexicon`.
    public init(lexicon: Lexicon) {
        criticise = lexicon.cues("criticise")
        rebut = lexicon.cues("rebut")
        rebutted = Set(lexicon.cues("rebutted").flatMap { $0 })
        faultVerbs = lexicon.cues("fault-verb")
        speech = lexicon.cues("say") + lexicon.cues("find") + lexicon.cues("source")
        faults = Set(lexicon.cues("fault").flatMap { $0 })
        auxiliaries = Set(lexicon.cues("auxiliary").flatMap { $0 })
        damning = Set(lexicon.cues("damning").flatMap { $0 })
    }

    /// Adds criticism relations for every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        for number in context.sentences.indices {
            let view = context.view(number)
            verbs(&context, view)
            rebuttals(&context, view)
            failings(&context, view)
            findings(&context, view)
        }
        damningReports(&context)
    }

    /// "a damning report into the abuse": a report the article calls damning, and whose target
    /// no other rule found, criticised the local authority the article is about.
    private func damningReports(_ context: inout ArticleContext) {
        guard let council = context.mainCouncil else { return }
        let critics = Set(context.relations.filter { $0.predicate == .criticised }.map(\.subject))
        for number in context.sentences.indices {
            let view = context.view(number)
            for report in view.mentions where view.kind(report) == .report && !critics.contains(report.entity) {
                let words = max(view.sentence.tokens.lowerBound, report.tokens.lowerBound - 2)..<report.tokens.upperBound
                guard words.contains(where: { damning.contains(view.tokens[$0].stem) }) else { continue }
                context.relate(report.entity, .criticised, council, rule: "damning-report", sentence: number, confidence: 0.4)
            }
        }
    }

    /// "X slammed Y", "Y was criticised by X", "Y criticised in X's report"; a cue of several
    /// words ("piled pressure on", "hit out at") is always active.
    private func verbs(_ context: inout ArticleContext, _ view: SentenceView) {
        let end = view.sentence.tokens.upperBound
        for cue in view.find(criticise) {
            let previous = cue.lowerBound > view.sentence.tokens.lowerBound ? view.tokens[cue.lowerBound - 1].stem : ""
            let next = cue.upperBound < end ? view.tokens[cue.upperBound].stem : ""
            let target = view.before(cue.lowerBound, Self.critics)
            let agent = (cue.upperBound..<min(end, cue.upperBound + 5)).first { view.tokens[$0].stem == "by" }
            let passive = cue.count == 1 && (Self.passiveMarkers.contains(previous) || next == "by" || next == "in" || agent != nil && next == "for"
                || (target.map { $0.tokens.upperBound == cue.lowerBound } ?? false) && next != "the"
                    && !(view.after(cue.upperBound, Self.critics).map { $0.tokens.lowerBound == cue.upperBound } ?? false))
            if passive {
                let start = agent.map { $0 + 1 } ?? cue.upperBound
                guard let object = target, let critic = view.after(start, Self.critics),
                      critic.tokens.lowerBound <= start + 4 else { continue }
                context.relate(critic.entity, .criticised, object.entity, rule: "criticised-passive", sentence: view.number, confidence: 0.7)
            } else {
                guard let subject = view.subject(before: cue.lowerBound, Self.critics), let object = activeObject(after: cue, view) else { continue }
                let critic = reportBy(subject, view) ?? subject
                context.relate(critic.entity, .criticised, object.entity, rule: "criticised", sentence: view.number, confidence: 0.7)
            }
        }
    }

    /// "the damning report by Dr Okafor condemned ...": the report whose author `mention` is
    /// ("by", then at most a title before the name), as the subject of the verb.
    private func reportBy(_ mention: ResolvedMention, _ view: SentenceView) -> ResolvedMention? {
        guard let by = (max(view.sentence.tokens.lowerBound, mention.tokens.lowerBound - 2)..<mention.tokens.lowerBound)
                .last(where: { view.tokens[$0].stem == "by" }) else { return nil }
        return view.mentions.first { view.kind($0) == .report && $0.tokens.upperBound == by }
    }

    /// The object of an active criticism verb: a name just after it, or the name an "of" phrase
    /// right after it holds ("condemned the practices of Dr Okafor").
    private func activeObject(after cue: Range<Int>, _ view: SentenceView) -> ResolvedMention? {
        guard let object = view.after(cue.upperBound, Self.critics) else { return nil }
        if object.tokens.lowerBound <= cue.upperBound + 3 { return object }
        let of = (cue.upperBound..<min(view.sentence.tokens.upperBound, cue.upperBound + 4)).first { view.tokens[$0].stem == "of" }
        guard let of, object.tokens.lowerBound <= of + 8,
              !(of + 1..<object.tokens.lowerBound).contains(where: { view.tokens[$0].shape == .punctuation && !view.tokens[$0].isMark(",") })
        else { return nil }
        return object
    }

    /// "The trust rejected Ofsted's findings", "disputed the conclusions of the Okafor Report":
    /// the one who rejects criticised the owner of the findings.
    private func rebuttals(_ context: inout ArticleContext, _ view: SentenceView) {
        for cue in view.find(rebut) {
            guard let owner = findingsOwner(after: cue.upperBound, view), let critic = view.before(cue.lowerBound, Self.critics) else { continue }
            context.relate(critic.entity, .criticised, owner.entity, rule: "rejected-findings", sentence: view.number, confidence: 0.6)
        }
    }

    /// Whose findings follow `start`: "Ofsted's findings", "the findings of the inspectors".
    private func findingsOwner(after start: Int, _ view: SentenceView) -> ResolvedMention? {
        let end = view.sentence.tokens.upperBound
        if let owner = view.after(start, Self.critics), owner.tokens.lowerBound <= start + 1, owner.tokens.upperBound < end,
           rebutted.contains(view.tokens[owner.tokens.upperBound].stem) {
            return owner
        }
        guard start + 3 < end, view.tokens[start].stem == "the", rebutted.contains(view.tokens[start + 1].stem),
              view.tokens[start + 2].stem == "of", let owner = view.after(start + 3, Self.critics),
              owner.tokens.lowerBound <= start + 4 else { return nil }
        return owner
    }

    /// "'Barset Council had let down local people,' Dr Okafor said": a body named just before a
    /// failing verb, in a sentence a speaker or report attributes.
    private func failings(_ context: inout ArticleContext, _ view: SentenceView) {
        let attributions = view.find(speech)
        guard !attributions.isEmpty else { return }
        for cue in view.find(faultVerbs) {
            guard let named = view.before(cue.lowerBound, [.body, .place]), cue.lowerBound - named.tokens.upperBound <= 3,
                  (named.tokens.upperBound..<cue.lowerBound).allSatisfy({ isQuote($0, view) || isModifier(view.tokens[$0]) }),
                  let target = view.kind(named) == .place ? context.council(of: named.entity) : named.entity,
                  let critic = speaker(of: attributions, avoiding: named, view) else { continue }
            context.relate(critic.entity, .criticised, target, rule: "failing-said", sentence: view.number, confidence: 0.5)
        }
    }

    /// Who speaks in a sentence: the name before the first speech or finding verb, or the one
    /// right after a closing "said" (", said Dr Okafor").
    private func speaker(of attributions: [Range<Int>], avoiding target: ResolvedMention, _ view: SentenceView) -> ResolvedMention? {
        for cue in attributions {
            if let before = view.subject(before: cue.lowerBound, Self.critics), before.tokens.upperBound + 3 >= cue.lowerBound,
               before.entity != target.entity, before.tokens.lowerBound < target.tokens.lowerBound || cue.upperBound <= target.tokens.lowerBound {
                return before
            }
            if let after = view.after(cue.upperBound, Self.critics), after.tokens.lowerBound <= cue.upperBound + 2, after.entity != target.entity {
                return after
            }
        }
        return nil
    }

    /// A report or person that found a fault ("serious failings", "not fit for purpose")
    /// criticised the bodies and people the sentence names besides itself and its author.
    private func findings(_ context: inout ArticleContext, _ view: SentenceView) {
        let found = context.relations.filter {
            $0.sentence == view.number && $0.predicate == .found && isFault($0.object, context)
                && (Self.findingRules.contains($0.rule) || Self.wholeSentenceRules.contains($0.rule))
        }
        let cues = view.find(speech)
        for relation in found {
            let subject = view.mentions.first { $0.entity == relation.subject }
            guard let from = Self.wholeSentenceRules.contains(relation.rule) ? view.sentence.tokens.lowerBound
                    : subject.flatMap({ subject in cues.first { $0.lowerBound >= subject.tokens.upperBound }?.upperBound }) else { continue }
            let authors = Set(context.relations.filter { $0.predicate == .authored && $0.object == relation.subject }.map(\.subject))
            for mention in view.mentions where mention.tokens.lowerBound >= from && Self.targets.contains(view.kind(mention))
                && !qualifiesBody(mention, view) {
                guard let target = view.kind(mention) == .place ? context.council(of: mention.entity) : mention.entity,
                      target != relation.subject, !authors.contains(target), !view.entities[target].isMedia else { continue }
                context.relate(relation.subject, .criticised, target, rule: "finding-about", sentence: view.number, confidence: 0.5)
            }
        }
    }

    /// True when a concept's name holds a word of fault ("failings", "inadequate", "lack").
    private func isFault(_ concept: Int, _ context: ArticleContext) -> Bool {
        let entity = context.resolution.entities[concept]
        return ([entity.name] + entity.aliases).contains { name in
            name.lowercased().split(whereSeparator: { !$0.isLetter }).contains { faults.contains(String($0)) }
        }
    }

    /// An auxiliary or adverb between a subject and its verb ("is so seriously", "had previously").
    private func isModifier(_ token: Token) -> Bool {
        token.shape == .word && !token.isCapitalised && (auxiliaries.contains(token.stem) || token.stem.hasSuffix("ly"))
    }

    /// A place that only qualifies the body named right after it ("Barset's children's services").
    private func qualifiesBody(_ mention: ResolvedMention, _ view: SentenceView) -> Bool {
        view.kind(mention) == .place && view.mentions.contains {
            $0.entity != mention.entity && view.kind($0) == .body && $0.tokens.lowerBound <= mention.tokens.upperBound
                && $0.tokens.upperBound > mention.tokens.upperBound
        }
    }

    private func isQuote(_ index: Int, _ view: SentenceView) -> Bool {
        view.tokens[index].isMark("'") || view.tokens[index].isMark("\"")
    }
}
