/// Reads who leads or serves a body from verbs rather than role words: "Jo Bloggs, who heads
/// the Westshire Trust", "Jo Bloggs was in charge of Barset's children's services" (rule
/// `leads-verb`), "Jo Bloggs, who worked for the force" (rule `member-verb`), "Jo Bloggs
/// resigned from the party" (rule `left-party`: she was a member), "the Westshire Trust,
/// chaired by Jo Bloggs" (rule `led-by`) and "her appointment as Barset Council's chief
/// executive" (rule `role-after-as`).
///
/// The cue phrases are the `lead`, `member`, `left-party` and `led-by` keys of cues.txt. It runs
/// after `RoleExtractor`, so the parts of bodies that role reads ("Barset's children's
/// services") can be led.
public struct LeadershipRelations: Sendable {
    private let lexicon: Lexicon
    /// Words between a person and a leading verb: "Jo Bloggs, who was (previously) in charge of".
    private static let linkWords: Set<String> = [",", "-", "–", "—", "who", "was", "is", "has", "had", "been", "previously", "formerly",
                                                 "then", "also", "now", "once", "still", "currently"]

    /// Creates the stage over `lexicon`'s cue phrases.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Adds leads and member_of relations for every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        for number in context.sentences.indices {
            let view = context.view(number)
            verbs(&context, view, cue: "lead", .leads, rule: "leads-verb")
            verbs(&context, view, cue: "member", .memberOf, rule: "member-verb")
            verbs(&context, view, cue: "left-party", .memberOf, rule: "left-party", parties: true)
            for cue in view.find(lexicon.cues("led-by")) {
                guard let body = view.before(cue.lowerBound, [.body]),
                      (body.tokens.upperBound..<cue.lowerBound).allSatisfy({ view.tokens[$0].isMark(",") }),
                      let person = view.after(cue.upperBound, [.person]), person.tokens.lowerBound <= cue.upperBound + 1
                else { continue }
                context.relate(person.entity, .leads, body.entity, rule: "led-by", sentence: number, confidence: 0.7)
            }
            rolesAfterAs(&context, view)
        }
    }

    /// "her appointment as Barset Council's chief executive", "her day job as Barset Council's
    /// deputy leader": the person named last before "as" holds the role of roles.txt that follows
    /// the body, and so leads it or (for a member's role or a deputy) is a member of it.
    private func rolesAfterAs(_ context: inout ArticleContext, _ view: SentenceView) {
        for cue in view.find([["as"]]) {
            guard let body = body(startingNear: cue.upperBound, view), view.tokens[body.tokens.upperBound - 1].isPossessive,
                  let person = view.before(cue.lowerBound, [.person]) else { continue }
            var following = view.tokens[body.tokens.upperBound..<view.sentence.tokens.upperBound].map(\.stem)
            let qualifier = following.first.map { RoleExtractor.qualifiers.contains($0) } ?? false
            if qualifier { following.removeFirst() }
            guard let role = lexicon.roles.first(where: { following.starts(with: $0.words) }) else { continue }
            let leads = role.leads && !qualifier
            let text = ((qualifier ? [view.tokens[body.tokens.upperBound].stem] : []) + role.words).joined(separator: " ")
            context.relate(person.entity, leads ? .leads : .memberOf, body.entity, rule: "role-after-as", sentence: view.number,
                           confidence: 0.6, attributes: ["role": text])
        }
    }

    /// "Jo Bloggs, who runs the Westshire Trust" (cue `lead`), "Jo Bloggs, who worked for the
    /// force" (cue `member`), "Jo Bloggs resigned from the party" (cue `left-party`, with
    /// `parties`: only a party, whose member one was): the person before the verb and the body
    /// right after it.
    private func verbs(_ context: inout ArticleContext, _ view: SentenceView, cue key: String, _ predicate: Predicate, rule: String,
                       parties: Bool = false) {
        for cue in view.find(lexicon.cues(key)) {
            guard cue.upperBound < view.sentence.tokens.upperBound, view.tokens[cue.upperBound].stem != "to",
                  let person = view.before(cue.lowerBound, [.person]),
                  (person.tokens.upperBound..<cue.lowerBound).allSatisfy({ Self.linkWords.contains(view.tokens[$0].stem) }),
                  let body = body(startingNear: cue.upperBound, view),
                  !parties || ([view.entities[body.entity].name] + view.entities[body.entity].aliases).contains(where: { $0.hasSuffix(" Party") })
            else { continue }
            context.relate(person.entity, predicate, body.entity, rule: rule, sentence: view.number, confidence: 0.7)
        }
    }

    /// The body named at `index`, or after "the" there; not a newspaper or broadcaster.
    private func body(startingNear index: Int, _ view: SentenceView) -> ResolvedMention? {
        guard let body = view.after(index, [.body]), !view.entities[body.entity].isMedia else { return nil }
        let gap = body.tokens.lowerBound - index
        return gap == 0 || gap == 1 && view.tokens[index].stem == "the" ? body : nil
    }
}
