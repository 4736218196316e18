/// Reads who holds which role in which body, and which bodies are parts of others.
///
/// Rules: `role-before-name` ("council leader Paul Lakin", "Barset Council's chief executive
/// Jo Bloggs", "its leader, Ann Smith"), `role-after-name` ("Ann Smith, professor of law at
/// the Westshire University,"), `councillor-title` ("Cllr Smith" is a member of the council),
/// `party-label` ("Ann Smith (Con)"), `possessive-part` ("Barset Council's cabinet" is part
/// of Barset Council) and `home-place` (a council or police force is located in its place).
public struct RoleExtractor: Sendable {
    private static let partNouns: Set<String> = ["cabinet", "committee", "department", "team", "service", "services",
                                                 "unit", "board", "panel", "directorate", "branch"]
    private static let partAdjectives: Set<String> = ["entire", "whole", "own", "new", "former", "current", "then", "dedicated"]
    private static let roleTrim: Set<String> = ["the", "then", "a", "an", "new", "now", "its", "his", "her", "their"]
    private static let councillorTitles: Set<String> = ["cllr", "coun", "councillor"]

    private let roles: [Lexicon.Role]

    /// Creates the extractor with the role phrases of `lexicon`.
    public init(lexicon: Lexicon) { roles = lexicon.roles }

    /// Adds role, part-of and location relations for every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        for (body, place) in context.resolution.homePlace.sorted(by: { $0.key < $1.key }) {
            guard let first = context.resolution.entities[body].mentions.first,
                  let sentence = context.sentences.firstIndex(where: { $0.tokens.contains(first.lowerBound) }) else { continue }
            context.relate(body, .locatedIn, place, rule: "home-place", sentence: sentence, confidence: 0.9)
        }
        for number in context.sentences.indices {
            possessiveParts(&context, number)
            let view = context.view(number)
            for mention in view.mentions where !mention.isReference && view.kind(mention) == .person {
                roleBefore(&context, view, mention)
                roleAfter(&context, view, mention)
                titles(&context, view, mention)
            }
        }
    }

    /// "Barset Council's licensing committee": a new body, part of the owner.
    private func possessiveParts(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        for mention in view.mentions where view.kind(mention) == .body {
            let last = mention.tokens.upperBound - 1
            guard view.tokens[last].isPossessive else { continue }
            var end = mention.tokens.upperBound
            var partEnd: Int?
            while end < view.sentence.tokens.upperBound, end - mention.tokens.upperBound < 4,
                  view.tokens[end].shape == .word, !view.tokens[end].isCapitalised || Self.partNouns.contains(view.tokens[end].stem) {
                if Self.partNouns.contains(view.tokens[end].stem) { partEnd = end + 1 }
                end += 1
            }
            guard let partEnd else { continue }
            let partWords = (mention.tokens.upperBound..<partEnd).filter { !Self.partAdjectives.contains(view.tokens[$0].stem) }
            guard !partWords.isEmpty else { continue }
            let part = partWords.map { view.tokens[$0].text }.joined(separator: " ").lowercased()
            let owner = context.resolution.entities[mention.entity]
            var aliases = owner.aliases.map { "\($0) \(part)" }
            if !mention.isReference { aliases.append(view.text(mention.tokens.lowerBound..<partEnd)) }
            let body = context.entity(.body, named: "\(owner.name) \(part)", aliases: aliases,
                                      at: mention.tokens.lowerBound..<partEnd, sentence: number)
            context.relate(body, .partOf, mention.entity, rule: "possessive-part", sentence: number, confidence: 0.8)
        }
    }

    /// "council leader Paul Lakin", "Barset Council's director of housing, Jo Bloggs".
    private func roleBefore(_ context: inout ArticleContext, _ view: SentenceView, _ person: ResolvedMention) {
        var index = person.tokens.lowerBound - 1
        if index >= view.sentence.tokens.lowerBound, view.tokens[index].isMark(",") { index -= 1 }
        if index >= view.sentence.tokens.lowerBound, context.lexicon.honorifics.contains(view.tokens[index].stem) { index -= 1 }
        var words: [Int] = []
        while index >= view.sentence.tokens.lowerBound, words.count < 8 {
            let token = view.tokens[index]
            guard token.shape == .word, !view.mentions.contains(where: { $0.tokens.contains(index) }) else { break }
            if token.isPossessive { break }
            words.insert(index, at: 0)
            index -= 1
        }
        while let first = words.first, Self.roleTrim.contains(view.tokens[first].stem) { words.removeFirst() }
        guard !words.isEmpty, let role = role(in: words, view: view) else { return }
        var body: Int?
        if let owner = view.mentions.last(where: { $0.tokens.upperBound == words[0] }), view.kind(owner) == .body {
            body = owner.entity
        } else if index >= view.sentence.tokens.lowerBound, ["its"].contains(view.tokens[index].stem) || words.contains(where: { view.tokens[$0].stem == "council" }) {
            body = context.mainCouncil
        }
        record(&context, view, person: person.entity, role: role, body: body)
    }

    /// "Jo Bloggs, professor of law at Westshire University," and "Jo Bloggs, Barset's director of housing,".
    private func roleAfter(_ context: inout ArticleContext, _ view: SentenceView, _ person: ResolvedMention) {
        var index = person.tokens.upperBound
        guard index < view.sentence.tokens.upperBound, view.tokens[index].isMark(",") else { return }
        index += 1
        var words: [Int] = []
        var body: Int?
        while index < view.sentence.tokens.upperBound, words.count < 10 {
            let token = view.tokens[index]
            if let mention = view.mentions.first(where: { $0.tokens.lowerBound == index }) {
                if view.kind(mention) == .body { body = mention.entity }
                if view.kind(mention) == .place, let council = context.resolution.councils.first(where: { context.resolution.homePlace[$0] == mention.entity }) {
                    body = council
                }
                break
            }
            guard token.shape == .word, !token.isCapitalised || context.lexicon.roles.contains(where: { $0.words.contains(token.stem) }) else { break }
            words.append(index)
            index += 1
        }
        while let last = words.last, ["of", "at", "for", "in", "the", "with"].contains(view.tokens[last].stem) { words.removeLast() }
        while let first = words.first, Self.roleTrim.contains(view.tokens[first].stem) { words.removeFirst() }
        guard !words.isEmpty, let role = role(in: words, view: view, allowQualifier: true) else { return }
        record(&context, view, person: person.entity, role: role, body: body)
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
        if after + 2 < view.sentence.tokens.upperBound, view.tokens[after].isMark("("), view.tokens[after + 2].isMark(")"),
           let party = view.mentions.first(where: { $0.tokens.lowerBound == after + 1 }), view.kind(party) == .body {
            context.relate(person.entity, .memberOf, party.entity, rule: "party-label", sentence: view.number, confidence: 0.8)
        }
    }

    /// The role phrase of `words` when it contains a known role: (text, leads?).
    private func role(in words: [Int], view: SentenceView, allowQualifier: Bool = false) -> (text: String, leads: Bool)? {
        let stems = words.map { view.tokens[$0].stem }
        for role in roles {
            let count = role.words.count
            guard stems.count >= count else { continue }
            var positions = [stems.count - count]
            if allowQualifier { positions = Array(0...(stems.count - count)) }
            for position in positions where Array(stems[position..<position + count]) == role.words {
                let text = words.map { view.tokens[$0].text.lowercased() }.joined(separator: " ")
                let qualified = stems.contains("deputy") || stems.contains("assistant") || stems.contains("vice")
                return (text, role.leads && !qualified)
            }
        }
        return nil
    }

    private func record(_ context: inout ArticleContext, _ view: SentenceView, person: Int, role: (text: String, leads: Bool), body: Int?) {
        if context.resolution.entities[person].attributes["role"] == nil {
            context.resolution.entities[person].attributes["role"] = role.text
        }
        guard let body else { return }
        context.relate(person, role.leads ? .leads : .memberOf, body, rule: role.leads ? "role-leads" : "role-member",
                       sentence: view.number, confidence: 0.8, attributes: ["role": role.text])
    }
}
