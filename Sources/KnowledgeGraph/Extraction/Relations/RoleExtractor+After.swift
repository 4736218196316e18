/// The roles `RoleExtractor` reads after a person's name: appositions (", professor of law at
/// X,"), "was/is/became <role> of X", "appointed (as) <role>", "served as <role>".
extension RoleExtractor {
    /// "Jo Bloggs, professor of law at Westshire University," "Jo Bloggs, who was chief executive
    /// of X" and "Jo Bloggs (or she) was previously director of housing at X"; with `copularOnly`
    /// (a pronoun) only the last and "she was appointed as ...".
    func roleAfter(_ context: inout ArticleContext, _ view: SentenceView, _ person: ResolvedMention, copularOnly: Bool = false) {
        var index = person.tokens.upperBound
        guard index < view.sentence.tokens.upperBound else { return }
        let appointedAs = asPhrase(after: index, view)
        let copula = appointedAs == nil ? copularRole(after: index, view) : nil
        guard copula != nil || appointedAs != nil || !copularOnly && view.tokens[index].isMark(",") else { return }
        index = appointedAs ?? copula ?? index + 1
        var words: [Int] = []
        var body = appointedAs == nil ? nil : appointer(of: person, view)
        var memberBody: Int?
        var tail = false
        while index < view.sentence.tokens.upperBound, words.count < 12 {
            if var mention = view.mentions.filter({ $0.tokens.lowerBound == index }).max(by: { $0.tokens.upperBound < $1.tokens.upperBound }) {
                if view.tokens[mention.tokens.upperBound - 1].isPossessive,
                   let owned = view.mentions.first(where: { $0.tokens.lowerBound == mention.tokens.upperBound }), view.kind(owned) == .body {
                    mention = owned
                }
                if isParty(mention.entity, context), !words.isEmpty, words.allSatisfy({ ["a", "an", "former"].contains(view.tokens[$0].stem) }),
                   !view.tokens[mention.tokens.upperBound - 1].isPossessive {
                    context.relate(person.entity, .memberOf, mention.entity, rule: "party-apposition", sentence: view.number, confidence: 0.7)
                    index = mention.tokens.upperBound
                    continue
                }
                if view.kind(mention) == .body { body = mention.entity }
                if view.kind(mention) == .place, body == nil { body = context.council(of: mention.entity) }
                if words.isEmpty, body != nil {
                    index = mention.tokens.upperBound
                    continue
                }
                if view.kind(mention) == .body, let first = words.first, view.tokens[first].stem == "of", words.count <= 4,
                   appointedAs == nil {
                    memberBody = mention.entity
                }
                break
            }
            let token = view.tokens[index]
            if token.isAcronym, body == nil, let last = words.last, ["of", "the", "at"].contains(view.tokens[last].stem) {
                // "general secretary of the WTU": an unknown acronym a role belongs to is an organisation.
                body = context.entity(.body, named: token.text, at: index..<index + 1, sentence: view.number)
                break
            }
            let inTail = words.last.map { ["of", "for"].contains(view.tokens[$0].stem)
                || (view.tokens[$0].isCapitalised || view.tokens[$0].stem == "and") && tail } ?? false
            guard token.shape == .word,
                  !token.isCapitalised || inTail || roles.contains(where: { $0.words.contains(token.stem) }) else { break }
            tail = inTail
            words.append(index)
            index += 1
        }
        let elsewhere = body == nil && index < view.sentence.tokens.upperBound && view.tokens[index].isCapitalised
            && words.last.map { ["in", "at"].contains(view.tokens[$0].stem) } == true
        while let last = words.last, ["of", "at", "for", "in", "the", "with", "from"].contains(view.tokens[last].stem) { words.removeLast() }
        guard let role = role(in: words, view: view, last: false), copula == nil || role.first == copula,
              appointedAs != nil || copula != nil || opensApposition(role, words, view) else {
            if let memberBody {
                context.relate(person.entity, .memberOf, memberBody, rule: "of-body", sentence: view.number, confidence: 0.6)
            }
            return
        }
        if elsewhere, let place = view.mentions.first(where: { $0.tokens.lowerBound == index && view.kind($0) == .place }),
           role.text.split(separator: " ").contains(where: { Self.localRoleWords.contains(String($0)) }),
           let service = role.text.split(separator: " ").last, Self.partNouns.contains(String(service)) {
            record(&context, view, person: person.entity, role: role, body: placeCouncil(of: place.entity, &context, sentence: view.number))
            return
        }
        if elsewhere {
            if context.resolution.entities[person.entity].attributes["role"] == nil {
                context.resolution.entities[person.entity].attributes["role"] = role.text
            }
            return
        }
        record(&context, view, person: person.entity, role: role, body: body)
        if let copula, let body, Self.appointingVerbs.contains(view.tokens[copula - 1].stem) {
            context.relate(body, .appointed, person.entity, rule: "appointed-to-role", sentence: view.number, confidence: 0.6,
                           attributes: context.dates[view.number].map { ["date": $0, "role": role.text] } ?? ["role": role.text])
        }
    }

    /// True when the role opens the apposition after the name (", the former chief executive",
    /// ", who had been director of ..."), not a clause further on (", found that officers ...").
    private func opensApposition(_ role: FoundRole, _ words: [Int], _ view: SentenceView) -> Bool {
        guard let position = words.firstIndex(of: role.first) else { return false }
        return words[..<position].filter { !Self.appositionLinks.contains(view.tokens[$0].stem) }.count <= 1
    }

    private static let appositionLinks: Set<String> = ["who", "was", "is", "had", "has", "been", "also", "previously", "formerly",
                                                       "then", "now", "once", "the", "a", "an", "its", "his", "her", "their"]

    /// True for a political party: a body called "... Party" by one of its names ("Labour").
    private func isParty(_ entity: Int, _ context: ArticleContext) -> Bool {
        let body = context.resolution.entities[entity]
        return body.kind == .body && ([body.name] + body.aliases).contains { $0.hasSuffix(" Party") }
    }

    private static let copulas: Set<String> = ["was", "is", "had", "has", "been", "will", "became", "becomes", "become"]
    /// Verbs between a copula and a role that make it an appointment ("has been appointed chief executive of X").
    private static let appointingVerbs: Set<String> = ["appointed", "named", "made", "installed"]
    private static let copularAdverbs: Set<String> = ["previously", "formerly", "then", "also", "once", "now", "still", "the", "a", "an"]

    /// The index after "was previously" in "Jo Bloggs was previously director of housing at X"
    /// (or after "has been appointed" in "... appointed chief executive of X"), where a role must follow.
    private func copularRole(after index: Int, _ view: SentenceView) -> Int? {
        var next = index
        while next < view.sentence.tokens.upperBound, next - index < 2, Self.copulas.contains(view.tokens[next].stem) { next += 1 }
        guard next > index, ["was", "is", "been", "became", "becomes", "become"].contains(view.tokens[next - 1].stem) else { return nil }
        while next < view.sentence.tokens.upperBound, Self.copularAdverbs.contains(view.tokens[next].stem) { next += 1 }
        if next < view.sentence.tokens.upperBound, Self.appointingVerbs.contains(view.tokens[next].stem) { next += 1 }
        return next < view.sentence.tokens.upperBound && view.tokens[next].shape == .word ? next : nil
    }

    private static let appointmentWords: Set<String> = ["was", "is", "has", "had", "been", "be", "will", "appointed", "named",
                                                        "made", "confirmed", "installed", "hired", "recruited", "employed",
                                                        "served", "serves", "acted"]

    /// The index after "as" in "Jo Bloggs as chief executive" or "Jo Bloggs was appointed as director".
    private func asPhrase(after index: Int, _ view: SentenceView) -> Int? {
        var next = index
        while next < view.sentence.tokens.upperBound, next - index < 4, Self.appointmentWords.contains(view.tokens[next].stem) { next += 1 }
        guard next + 1 < view.sentence.tokens.upperBound, view.tokens[next].stem == "as" else { return nil }
        return next + 1
    }

    /// The body in "Westshire Council appointed Jo Bloggs", which the appointee serves.
    private func appointer(of person: ResolvedMention, _ view: SentenceView) -> Int? {
        let cue = person.tokens.lowerBound - 1
        guard cue > view.sentence.tokens.lowerBound, ["appointed", "appoints", "hired", "named", "recruited"].contains(view.tokens[cue].stem),
              let body = view.before(cue, [.body]), body.tokens.upperBound >= cue - 1 else { return nil }
        return body.entity
    }
}
