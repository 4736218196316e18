/// Reads who holds which role in which body, and which bodies are parts of others.
///
/// Rules: `role-before-name` ("council leader Jo Bloggs", "Barset Council's chief executive
/// Jo Bloggs", "its leader, Ann Smith"), `role-after-name` ("Ann Smith, professor of law at
/// the Westshire University,", "Ann Smith was previously director of housing at X", also after
/// a sentence-opening "she"), `role-leads-part` ("director of children's services at X" leads
/// X's children's services), `appointed-to-role` ("Ann Smith has been appointed chief
/// executive of X": X appointed her), `one-of-group` ("one of the (lead) commissioners, Ann
/// Smith"), `councillor-title` ("Cllr Smith" is a member of the council), `party-label` ("Ann
/// Smith (Con)"), `party-apposition` ("Ann Smith, a Labour councillor,"), `press-credit`
/// ("Image: Jo Bloggs PA Wire") and `home-place` (a council or police force is located in its
/// place). The roles after a name are read in `RoleExtractor+After.swift`, the parts and places
/// of bodies in `RoleExtractor+Parts.swift` (`possessive-part`, `its-part`, `listed-part`,
/// `role-service-part`, `body-in-place`).
public struct RoleExtractor: Sendable {
    /// Nouns that end the name of a part of a body ("licensing committee", "youth service").
    static let partNouns: Set<String> = ["cabinet", "committee", "department", "team", "service", "services",
                                         "unit", "board", "panel", "directorate", "branch"]
    /// Words that make a leading role a member's role ("deputy leader", "opposition leader").
    static let qualifiers: Set<String> = ["deputy", "assistant", "vice", "acting", "interim", "opposition", "shadow"]
    /// Words before a part noun that are no part of its name ("its own youth service").
    static let partAdjectives: Set<String> = ["entire", "whole", "own", "new", "former", "current", "then", "dedicated"]
    /// Words trimmed from the start of a role phrase ("the new chief executive").
    static let roleTrim: Set<String> = ["the", "then", "a", "an", "new", "now", "its", "his", "her", "their"]
    /// Police and military ranks that are a person's role in the body named after them.
    private static let ranks: Set<String> = ["superintendent", "inspector", "sergeant", "constable", "detective", "chief"]
    private static let councillorTitles: Set<String> = ["cllr", "coun", "councillor"]

    /// The role phrases of roles.txt, longest first.
    let roles: [Lexicon.Role]

    /// Creates the extractor with the role phrases of `lexicon`.
    public init(lexicon: Lexicon) { roles = lexicon.roles }

    /// Adds role, part-of and location relations for every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        for (body, place) in context.resolution.homePlace.sorted(by: { $0.key < $1.key })
        where !context.resolution.entities[place].mentions.isEmpty {
            guard let first = context.resolution.entities[body].mentions.first,
                  let sentence = context.sentences.firstIndex(where: { $0.tokens.contains(first.lowerBound) }) else { continue }
            context.relate(body, .locatedIn, place, rule: "home-place", sentence: sentence, confidence: 0.9)
        }
        for number in context.sentences.indices {
            possessiveParts(&context, number)
            bodiesInPlaces(&context, number)
            listedParts(&context, number)
            pronounParts(&context, number)
            let view = context.view(number)
            for mention in view.mentions where view.kind(mention) == .person {
                guard !mention.isReference else {
                    roleAfter(&context, view, mention, copularOnly: true)
                    continue
                }
                roleBefore(&context, view, mention)
                roleAfter(&context, view, mention)
                titles(&context, view, mention)
                pressCredit(&context, view, mention)
            }
        }
    }

    /// "council leader Jo Bloggs", "Barset Council's director of housing, Jo Bloggs".
    private func roleBefore(_ context: inout ArticleContext, _ view: SentenceView, _ person: ResolvedMention) {
        var index = person.tokens.lowerBound - 1
        if index >= view.sentence.tokens.lowerBound, view.tokens[index].isMark(",") { index -= 1 }
        if index >= view.sentence.tokens.lowerBound, context.lexicon.honorifics.contains(view.tokens[index].stem),
           !roles.contains(where: { $0.words.count > 1 && $0.words.last == view.tokens[index].stem }) { index -= 1 }
        if index >= view.sentence.tokens.lowerBound, view.tokens[index].isMark(",") { index -= 1 }
        var words: [Int] = []
        while index >= view.sentence.tokens.lowerBound, words.count < 10 {
            guard view.tokens[index].shape == .word, !view.mentions.contains(where: { $0.tokens.contains(index) }) else { break }
            words.insert(index, at: 0)
            index -= 1
        }
        if words.isEmpty, let owned = view.mentions.last(where: { $0.tokens.upperBound == index + 1 }), view.kind(owned) == .body,
           owned.tokens.lowerBound - 1 > view.sentence.tokens.lowerBound, ["of", "at"].contains(view.tokens[owned.tokens.lowerBound - 1].stem) {
            var start = owned.tokens.lowerBound - 1
            while start > view.sentence.tokens.lowerBound, owned.tokens.lowerBound - start < 5, view.tokens[start - 1].shape == .word,
                  !view.mentions.contains(where: { $0.tokens.contains(start - 1) }) { start -= 1 }
            if let role = role(in: Array(start..<owned.tokens.lowerBound - 1), view: view, last: true) {
                record(&context, view, person: person.entity, role: role, body: owned.entity)
                return
            }
        }
        if words.isEmpty, let office = view.mentions.last(where: { $0.tokens.upperBound == index + 1 }), view.kind(office) == .body,
           let title = roles.first(where: { $0.leads && $0.words.count > 1
               && context.resolution.entities[office.entity].name.lowercased().hasSuffix($0.words.joined(separator: " ")) }) {
            let deputy = office.tokens.lowerBound > view.sentence.tokens.lowerBound && view.tokens[office.tokens.lowerBound - 1].stem == "deputy"
            let role = (deputy ? ["deputy"] : []) + title.words
            context.relate(person.entity, deputy ? .memberOf : .leads, office.entity, rule: "office-holder", sentence: view.number,
                           confidence: 0.8, attributes: ["role": role.joined(separator: " ")])
            return
        }
        if words.isEmpty, let group = view.mentions.last(where: { $0.tokens.upperBound == index + 1 }), view.kind(group) == .body,
           view.tokens[group.tokens.lowerBound].shape == .word, !view.tokens[group.tokens.lowerBound].isCapitalised {
            let member = String(view.tokens[group.tokens.lowerBound].stem.dropLast(view.tokens[group.tokens.lowerBound].stem.hasSuffix("s") ? 1 : 0))
            context.relate(person.entity, .memberOf, group.entity, rule: "one-of-group", sentence: view.number, confidence: 0.6,
                           attributes: ["role": member])
            if group.tokens.lowerBound > view.sentence.tokens.lowerBound, view.tokens[group.tokens.lowerBound - 1].stem == "lead" {
                context.relate(person.entity, .leads, group.entity, rule: "one-of-group", sentence: view.number, confidence: 0.5,
                               attributes: ["role": "lead \(member)"])
            }
            return
        }
        guard let role = role(in: words, view: view, last: true) else { return }
        var body: Int?
        if let owner = view.mentions.last(where: { $0.tokens.upperBound == role.first }), view.kind(owner) == .body || view.kind(owner) == .place,
           view.tokens[owner.tokens.upperBound - 1].isPossessive || view.kind(owner) == .body {
            let local = role.text.split(separator: " ").contains { Self.localRoleWords.contains(String($0)) }
            body = view.kind(owner) == .body ? owner.entity
                : context.council(of: owner.entity) ?? (local ? placeCouncil(of: owner.entity, &context, sentence: view.number) : nil)
        } else if role.text.hasPrefix("council ") || role.first > view.sentence.tokens.lowerBound && view.tokens[role.first - 1].stem == "its" {
            body = context.mainCouncil
        } else if let kind = role.text.split(separator: " ").first.map(String.init), context.lexicon.bodySuffixes.contains(kind) {
            body = lastBody(endingWith: kind, before: view.number, context)
        } else if role.text.split(separator: " ").contains(where: { Self.ranks.contains(String($0)) && $0 != "chief" }) {
            body = lastBody(endingWith: "police", before: view.number, context)
                ?? lastBody(endingWith: "constabulary", before: view.number, context)
        }
        record(&context, view, person: person.entity, role: role, body: body)
    }

    /// The body named "... Trust" (for `suffix` "trust") mentioned last up to sentence `number`: what
    /// "Trust chairman Jo Bloggs" or "board member Jo Bloggs" means.
    private func lastBody(endingWith suffix: String, before number: Int, _ context: ArticleContext) -> Int? {
        for sentence in stride(from: number, through: 0, by: -1) {
            let view = context.view(sentence)
            if let body = view.mentions.last(where: { view.kind($0) == .body
                && context.resolution.entities[$0.entity].name.lowercased().hasSuffix(" " + suffix) }) { return body.entity }
        }
        return nil
    }

    /// "Image: Jo Bloggs PA Wire", "Jo Bloggs/Westshire Gazette": a photographer's or reporter's
    /// credit, the person a member of the newspaper or agency named right after the name.
    private func pressCredit(_ context: inout ArticleContext, _ view: SentenceView, _ person: ResolvedMention) {
        var next = person.tokens.upperBound
        if next < view.sentence.tokens.upperBound, view.tokens[next].isMark("/") { next += 1 }
        guard let medium = view.mentions.first(where: { $0.tokens.lowerBound == next }), view.kind(medium) == .body,
              view.entities[medium.entity].isMedia else { return }
        context.relate(person.entity, .memberOf, medium.entity, rule: "press-credit", sentence: view.number, confidence: 0.6)
    }

    /// "Cllr Smith" is a councillor of the article's council; "Smith (Lab)" a member of the party.
    private func titles(_ context: inout ArticleContext, _ view: SentenceView, _ person: ResolvedMention) {
        let before = person.tokens.lowerBound - 1
        if before >= view.sentence.tokens.lowerBound, Self.councillorTitles.contains(view.tokens[before].stem),
           let council = context.mainCouncil {
            context.relate(person.entity, .memberOf, council, rule: "councillor-title", sentence: view.number,
                           confidence: 0.7, attributes: ["role": "councillor"])
        }
        let after = person.tokens.upperBound
        if before >= view.sentence.tokens.lowerBound, ["professor", "prof", "dr"].contains(view.tokens[before].stem),
           after + 1 < view.sentence.tokens.upperBound, ["at", "of"].contains(view.tokens[after].stem),
           let body = view.after(after + 1, [.body]), body.tokens.lowerBound <= after + 2 {
            let title = view.tokens[before].stem == "dr" ? "doctor" : "professor"
            context.relate(person.entity, .memberOf, body.entity, rule: "academic-title", sentence: view.number,
                           confidence: 0.7, attributes: ["role": title])
        }
        if after + 1 < view.sentence.tokens.upperBound, ["of", "from"].contains(view.tokens[after].stem),
           let body = view.mentions.first(where: { $0.tokens.lowerBound == after + 1 || $0.tokens.lowerBound == after + 2 && view.tokens[after + 1].stem == "the" }),
           view.kind(body) == .body, !context.resolution.entities[body.entity].isMedia {
            var attributes: [String: String] = [:]
            if before >= view.sentence.tokens.lowerBound, Self.ranks.contains(view.tokens[before].stem) {
                attributes["role"] = view.tokens[before].stem
            }
            context.relate(person.entity, .memberOf, body.entity, rule: "person-of-body", sentence: view.number, confidence: 0.6,
                           attributes: attributes)
        }
        if after + 2 < view.sentence.tokens.upperBound, view.tokens[after].isMark("("), view.tokens[after + 2].isMark(")"),
           let party = view.mentions.first(where: { $0.tokens.lowerBound == after + 1 }), view.kind(party) == .body {
            context.relate(person.entity, .memberOf, party.entity, rule: "party-label", sentence: view.number, confidence: 0.8)
        }
    }

    /// A role found in a run of words: its text, where it starts, and whether it leads.
    struct FoundRole {
        var text: String
        var first: Int
        var leads: Bool
    }

    /// The role phrase in `words`: a known role head (the last one when `last`, else the
    /// first), its modifiers before it ("strategic", "Education") and its "of/for ..." tail.
    func role(in words: [Int], view: SentenceView, last: Bool) -> FoundRole? {
        let stems = words.map { view.tokens[$0].stem }
        var best: (start: Int, end: Int, leads: Bool)?
        for position in stems.indices {
            for role in roles where position + role.words.count <= stems.count
                && zip(stems[position..<position + role.words.count], role.words).allSatisfy({ $0 == $1 || $0 == $1 + "s" }) {
                let candidate = (position, position + role.words.count, role.leads)
                if best == nil || (last ? candidate.0 >= best!.end : false) { best = candidate }
                break
            }
            if !last, best != nil { break }
        }
        guard let head = best else { return nil }
        var start = head.start
        while start > 0, !Self.roleBreaks.contains(stems[start - 1]), !(view.tokens[words[start - 1]].isCapitalised && start - 1 == 0 && last == false) {
            start -= 1
        }
        var end = head.end
        if end < stems.count, ["of", "for"].contains(stems[end]) {
            end = stems.count
            if let stop = stems[head.end...].firstIndex(where: { Self.roleBreaks.contains($0) && !["of", "for", "and", "the"].contains($0) }) { end = stop }
        } else if last, end < stems.count {
            return nil
        }
        while start < end, Self.roleTrim.contains(stems[start]) { start += 1 }
        let text = (start..<end).map { view.tokens[words[$0]].text.lowercased() }.joined(separator: " ")
        let qualified = stems[start..<end].contains { Self.qualifiers.contains($0) }
        return FoundRole(text: text, first: words[start], leads: head.leads && !qualified)
    }

    /// Role words of local government: a role with one of them and no body named belongs to the article's council.
    static let localRoleWords: Set<String> = ["leader", "executive", "director", "councillor", "mayor", "head", "officer"]

    /// Words a role phrase does not reach back over ("said", "by", "appointed").
    static let roleBreaks: Set<String> = ["the", "a", "an", "by", "with", "to", "who", "was", "were", "is", "are", "had",
        "has", "have", "been", "also", "as", "and", "but", "that", "which", "when", "said", "says", "told", "from", "at", "in",
        "on", "after", "before", "while", "said", "his", "her", "its", "their", "of", "for", "up", "took", "post", "appointed",
        "named", "made", "installed", "elected", "commissioned", "hired", "asked", "thanked", "praised", "criticised"]

    /// Records `role` of `person`: the role attribute, the department a secretary leads, and
    /// leads or member_of the body (or its service part, "director of children's services").
    func record(_ context: inout ArticleContext, _ view: SentenceView, person: Int, role: FoundRole, body: Int?) {
        if context.resolution.entities[person].attributes["role"] == nil {
            context.resolution.entities[person].attributes["role"] = role.text
        }
        let words = role.text.split(separator: " ")
        if words.last == "secretary", words.count >= 2, let department = context.resolution.entities.indices.first(where: { index in
            let entity = context.resolution.entities[index]
            return entity.kind == .body && ["department", "ministry", "office"].contains { entity.name.lowercased().contains($0) }
                && entity.name.lowercased().contains(words[words.count - 2])
        }) {
            context.relate(person, .leads, department, rule: "secretary-department", sentence: view.number, confidence: 0.6,
                           attributes: ["role": role.text])
        }
        let localRole = words.contains { Self.localRoleWords.contains(String($0)) }
        guard let body = body ?? (localRole ? context.mainCouncil : nil) else { return }
        let tail = words.firstIndex { $0 == "of" || $0 == "for" }.map { words[($0 + 1)...].joined(separator: " ") }
        if let tail, let part = existingPart(tail, of: body, context) ?? servicePart(tail, of: body, &context, view) {
            context.relate(person, role.leads ? .leads : .memberOf, part, rule: "role-leads-part", sentence: view.number,
                           confidence: 0.7, attributes: ["role": role.text])
            if role.leads { return }
        }
        let tailIsBody = tail.map { context.lexicon.bodySuffixes.contains(String($0.split(separator: " ").last ?? "")) } ?? false
        let leads = role.leads && (tail == nil || tailIsBody)
        context.relate(person, leads ? .leads : .memberOf, body, rule: leads ? "role-leads" : "role-member",
                       sentence: view.number, confidence: 0.8, attributes: ["role": role.text])
    }
}
