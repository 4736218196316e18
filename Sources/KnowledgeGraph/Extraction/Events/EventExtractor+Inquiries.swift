extension EventExtractor {
    /// "an inspection by Ofsted", "Ofsted's three-month inquiry", "an investigation into X
    /// conducted by Y", "Okafor was sent in to inspect": "<Agent> <noun> (year)", which the agent
    /// took part in; what it looks into is investigated (not for inspections) and locates it.
    func agentEvents(_ context: inout ArticleContext, _ number: Int, cue key: String, noun: String) -> [Int] {
        let view = context.view(number)
        var events: [Int] = []
        for cue in view.find(lexicon.cues(key)) {
            var agent: ResolvedMention?
            let target = target(of: cue, view)
            var by = target?.tokens.upperBound ?? cue.upperBound
            if by + 1 < view.sentence.tokens.upperBound, lexicon.cues("conducted").contains([view.tokens[by].stem]) { by += 1 }
            // "was asked to investigate ... by the minister": after an infinitive, "by" names who asked.
            let infinitive = cue.lowerBound > view.sentence.tokens.lowerBound && view.tokens[cue.lowerBound - 1].stem == "to"
            if !infinitive, by + 1 < view.sentence.tokens.upperBound, view.tokens[by].stem == "by" {
                agent = view.after(by + 1, Self.actors).flatMap { $0.tokens.lowerBound <= by + 2 ? $0 : nil }
            }
            let isNoun = view.tokens[cue.lowerBound].stem.hasPrefix(noun) || view.tokens[cue.lowerBound].stem.hasPrefix(String(noun.dropLast()))
            if agent == nil, isNoun, let before = view.before(cue.lowerBound, Self.actors), isAgentNoun(before, cue.lowerBound, view) {
                agent = before
            }
            if agent == nil, isNoun, let verb = launchVerb(before: cue, view),
               let subject = view.before(verb, Self.actors), subject.tokens.upperBound >= verb - 6,
               !(subject.tokens.upperBound..<verb).contains(where: { view.tokens[$0].shape == .punctuation }) {
                agent = subject // "Ofsted carried out an inspection", "the regulator completed the investigations"
            }
            if agent == nil, isNoun, noun == "inspection" {
                // "rated inadequate by Ofsted after an inspection in May": the sentence's inspectorate held it.
                agent = view.mentions.first { lexicon.bodies[Lexicon.key(view.entities[$0.entity].name)]?.isInspectorate == true }
            }
            if agent == nil, !isNoun, let before = view.before(cue.lowerBound, [.person]) ?? view.before(cue.lowerBound, Self.actors),
               before.tokens.upperBound >= cue.lowerBound - 6 {
                agent = before
            }
            guard let agent else {
                if isNoun, let kind = unheldKind(cue, view, number, context) {
                    let event = self.event("\(kind.prefix(1).uppercased())\(kind.dropFirst()) \(noun)", &context, number, at: cue)
                    if kind == "police", let force = policeForce(in: context) {
                        context.relate(force, .participatedIn, event, rule: "police-investigation", sentence: number, confidence: 0.4,
                                       attributes: ["role": "investigator"])
                    }
                    events.append(event)
                } else if isNoun, noun == "investigation", let operation = operation(in: context) {
                    events.append(operation)
                    for overseer in overseers(after: cue, view) {
                        context.relate(overseer.entity, .participatedIn, operation, rule: "operation", sentence: number, confidence: 0.5)
                    }
                }
                continue
            }
            let entity = context.resolution.entities[agent.entity]
            let label = entity.kind == .person ? String(entity.name.split(separator: " ").last!) : entity.name
            // "an investigation conducted by X" in an article naming one police operation is that operation.
            let operation = isNoun && noun == "investigation" && !isAgentNoun(agent, cue.lowerBound, view) ? operation(in: context) : nil
            let event = operation ?? self.event("\(label) \(noun)", &context, number, at: isNoun ? cue : nil)
            context.relate(agent.entity, .participatedIn, event, rule: "\(noun)-event", sentence: number, confidence: 0.5)
            for overseer in operation == nil ? [] : overseers(after: cue, view) where overseer.entity != agent.entity {
                context.relate(overseer.entity, .participatedIn, event, rule: "operation", sentence: number, confidence: 0.5)
            }
            if target == nil, isNoun, noun != "inspection", cue.lowerBound > view.sentence.tokens.lowerBound,
               ["criminal", "police"].contains(view.tokens[cue.lowerBound - 1].stem),
               let scandal = context.resolution.entities.indices.first(where: {
                   context.resolution.entities[$0].kind == .event && context.resolution.entities[$0].name.hasSuffix(" scandal") }) {
                // A criminal investigation with no stated subject looks into the crimes the article is about.
                context.relate(agent.entity, .investigated, scandal, rule: "criminal-investigation", sentence: number, confidence: 0.4)
            }
            if let target, target.entity != agent.entity {
                if noun != "inspection" {
                    context.relate(agent.entity, .investigated, target.entity, rule: "\(noun)-event", sentence: number, confidence: 0.5)
                }
                if let home = context.resolution.homePlace[target.entity] {
                    context.relate(event, .locatedIn, home, rule: "\(noun)-event", sentence: number, confidence: 0.5)
                }
            }
            events.append(event)
        }
        return events
    }

    /// "Sir Ed Smith and Ann Wood ... their ongoing review of how the Home Office handled ...":
    /// the people a possessive names investigated the body the review looks into.
    func possessedReviews(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        let upper = view.sentence.tokens.upperBound
        for index in view.sentence.tokens where lexicon.cues("review").contains([view.tokens[index].stem]) {
            guard let owner = (max(view.sentence.tokens.lowerBound, index - 3)..<index).first(where: {
                      ["their", "his", "her"].contains(view.tokens[$0].stem) }),
                  index + 1 < upper, ["of", "into"].contains(view.tokens[index + 1].stem) else { continue }
            var start = index + 2
            if start < upper, view.tokens[start].stem == "how" { start += 1 }
            guard let body = view.after(start, [.body]), body.tokens.lowerBound <= start + 1,
                  let last = view.before(owner, [.person]) else { continue }
            let owners = view.tokens[owner].stem == "their" ? view.coordinated(with: last) + [last] : [last]
            for person in owners {
                context.relate(person.entity, .investigated, body.entity, rule: "their-review", sentence: number, confidence: 0.5)
            }
        }
    }

    /// The verb that starts or finishes the inquiry at `cue`, just before its determiner and up
    /// to two modifiers: "launched a criminal investigation", "completed the inspections".
    private func launchVerb(before cue: Range<Int>, _ view: SentenceView) -> Int? {
        let lower = view.sentence.tokens.lowerBound
        var index = cue.lowerBound - 1
        while index > lower, cue.lowerBound - index <= 3, !lexicon.cues("determiner").contains([view.tokens[index].stem]) { index -= 1 }
        guard index > lower, lexicon.cues("determiner").contains([view.tokens[index].stem]) else { return nil }
        var verb = index - 1
        if verb > lower, view.tokens[verb].stem == "out" { verb -= 1 } // "carried out"
        return lexicon.cues("launch").contains([view.tokens[verb].stem]) ? verb : nil
    }

    /// The article's police force when it names exactly one ("Barset Police"): whose "a police
    /// investigation" is.
    private func policeForce(in context: ArticleContext) -> Int? {
        let forces = context.resolution.entities.indices.filter {
            context.resolution.entities[$0].kind == .body && context.resolution.entities[$0].name.hasSuffix(" Police")
                && !context.resolution.entities[$0].mentions.isEmpty }
        return forces.count == 1 ? forces[0] : nil
    }

    /// The article's police operation when it names exactly one ("Operation Bluebell"): what
    /// its unnamed "an investigation" is.
    private func operation(in context: ArticleContext) -> Int? {
        let operations = context.resolution.entities.indices.filter {
            context.resolution.entities[$0].kind == .event && context.resolution.entities[$0].name.hasPrefix("Operation ") }
        return operations.count == 1 ? operations[0] : nil
    }

    /// The people and bodies named after "conducted by", "supervised by" ... later in the sentence.
    private func overseers(after cue: Range<Int>, _ view: SentenceView) -> [ResolvedMention] {
        view.sentence.tokens.filter { $0 > cue.upperBound && view.tokens[$0].stem == "by"
            && lexicon.cues("conducted").contains([view.tokens[$0 - 1].stem]) }
            .compactMap { by in view.after(by + 1, Self.actors).flatMap { $0.tokens.lowerBound <= by + 2 ? $0 : nil } }
    }

    /// The kind of an inquiry no named body holds ("an early police investigation in 2009",
    /// "a public inquiry in 2016"), when the sentence dates it, does not merely call for it and
    /// does not name the inquiry's report by it.
    private func unheldKind(_ cue: Range<Int>, _ view: SentenceView, _ number: Int, _ context: ArticleContext) -> String? {
        guard cue.lowerBound > view.sentence.tokens.lowerBound, context.dates[number] != nil,
              !view.mentions.contains(where: { view.kind($0) == .report && $0.tokens.overlaps(cue) }), // the inquiry's report
              lexicon.cues("inquiry-kind").contains([view.tokens[cue.lowerBound - 1].stem]),
              !(max(view.sentence.tokens.lowerBound, cue.lowerBound - 5)..<cue.lowerBound).contains(where: {
                  ["for", "calls", "call", "demand", "demanded", "urged"].contains(view.tokens[$0].stem) }) else { return nil }
        return view.tokens[cue.lowerBound - 1].stem
    }

    /// What an inspection or inquiry looks into: the body or event right after the verb ("sent
    /// in to inspect the council") or after "into"/"of" ("an investigation into Barset Police").
    private func target(of cue: Range<Int>, _ view: SentenceView) -> ResolvedMention? {
        var start = cue.upperBound
        if start < view.sentence.tokens.upperBound, ["into", "of"].contains(view.tokens[start].stem) { start += 1 }
        guard let target = view.after(start, [.body, .event]), target.tokens.lowerBound <= start + 1 else { return nil }
        return target
    }

    /// True when `agent` names who holds the inquiry ending at `noun`: "Ofsted inspection",
    /// "the Barset Police investigations", or a possessive with at most two lower-case words
    /// between ("Ofsted's three-month inquiry").
    private func isAgentNoun(_ agent: ResolvedMention, _ noun: Int, _ view: SentenceView) -> Bool {
        if agent.tokens.upperBound == noun { return true }
        guard agent.tokens.upperBound < noun else { return false }
        let between = agent.tokens.upperBound..<noun
        return view.tokens[agent.tokens.upperBound - 1].isPossessive && between.count <= 2
            && between.allSatisfy { view.tokens[$0].shape == .word && !view.tokens[$0].isCapitalised && !lexicon.stopwords.contains(view.tokens[$0].stem) }
    }
}
