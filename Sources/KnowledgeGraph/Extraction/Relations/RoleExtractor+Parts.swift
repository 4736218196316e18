/// The parts and places of bodies that `RoleExtractor` reads: "Barset Council's licensing
/// committee", the service in "director of children's services at Barset Council", the council
/// of a place that only a role names ("director of environmental services at Barset"), and
/// "Hillfoot School in Leeds, West Yorkshire" (rule `body-in-place`), "Barset Trust ... its
/// three schools - A, B and C" (rule `listed-part`) and "Barset Council ... its youth service"
/// (rule `its-part`).
extension RoleExtractor {
    /// "Barset Council's licensing committee", "the council's CSE team", "Barset's Education
    /// Welfare Service": a part of the owner (a new body, or the named body that follows).
    func possessiveParts(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        for mention in view.mentions where view.kind(mention) == .body || view.kind(mention) == .place {
            let last = mention.tokens.upperBound - 1
            guard view.tokens[last].isPossessive else { continue }
            guard let ownerEntity = view.kind(mention) == .body ? mention.entity : context.council(of: mention.entity) else { continue }
            if let named = view.mentions.first(where: { $0.tokens.lowerBound == mention.tokens.upperBound }), view.kind(named) == .body,
               !context.resolution.councils.contains(named.entity), !context.resolution.entities[named.entity].isMedia,
               let head = context.resolution.entities[named.entity].name.split(separator: " ").last,
               Self.partNouns.contains(head.lowercased()) {
                context.relate(named.entity, .partOf, ownerEntity, rule: "possessive-part", sentence: number, confidence: 0.7)
                continue
            }
            guard let (partEnd, part) = partPhrase(at: mention.tokens.upperBound, view) else { continue }
            var (name, aliases) = partNames(part, of: ownerEntity, context)
            aliases.append(part)
            if !mention.isReference { aliases.append(view.text(mention.tokens.lowerBound..<partEnd)) }
            let body = context.entity(.body, named: name, aliases: aliases, at: mention.tokens.lowerBound..<partEnd, sentence: number)
            context.relate(body, .partOf, ownerEntity, rule: "possessive-part", sentence: number, confidence: 0.8)
        }
    }

    /// "Barset Council will outsource its child social services", "told by its own youth
    /// service": a part, named by at least two words, of the body (or the council of the place)
    /// named last before "its" in the sentence, not a newspaper or broadcaster, and of its owner
    /// when that body is itself a part ("the council's safeguarding team ... its children's
    /// services department") (rule `its-part`).
    func pronounParts(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        for its in view.sentence.tokens where view.tokens[its].stem == "its" {
            guard let (partEnd, part) = partPhrase(at: its + 1, view), part.contains(" "),
                  !view.mentions.contains(where: { $0.tokens.contains(its + 1) }),
                  let owner = view.mentions.last(where: { $0.tokens.upperBound <= its && [.body, .place].contains(view.kind($0))
                      && !view.entities[$0.entity].isMedia }),
                  let named = view.kind(owner) == .body ? owner.entity : context.council(of: owner.entity) else { continue }
            let ownerEntity = context.relations.first { $0.predicate == .partOf && $0.subject == named }?.object ?? named
            var (name, aliases) = partNames(part, of: ownerEntity, context)
            aliases.append(part)
            let body = context.entity(.body, named: name, aliases: aliases, at: its + 1..<partEnd, sentence: number)
            context.relate(body, .partOf, ownerEntity, rule: "its-part", sentence: number, confidence: 0.6)
        }
    }

    /// The part named from `start`: up to four lower-case words (or acronyms) ending in a part
    /// noun ("licensing committee", "CSE team"), without "own", "new" and the like; the index
    /// after it and its name.
    private func partPhrase(at start: Int, _ view: SentenceView) -> (end: Int, part: String)? {
        var end = start
        var partEnd: Int?
        while end < view.sentence.tokens.upperBound, end - start < 4, view.tokens[end].shape == .word, view.tokens[end].stem != "of",
              !view.tokens[end].isCapitalised || view.tokens[end].isAcronym || Self.partNouns.contains(view.tokens[end].stem) {
            if Self.partNouns.contains(view.tokens[end].stem) { partEnd = end + 1 }
            end += 1
        }
        guard let partEnd else { return nil }
        let partWords = (start..<partEnd).filter { !Self.partAdjectives.contains(view.tokens[$0].stem) }
        guard !partWords.isEmpty else { return nil }
        let part = partWords.map { view.tokens[$0].isAcronym ? view.tokens[$0].text : view.tokens[$0].text.lowercased() }
        return (partEnd, part.joined(separator: " "))
    }

    /// The name of `part` of body `owner` and its other names: "<every name of the owner> <part>",
    /// and for a body with a home place "<place> <part>" and "<part> in <place>". A council's part
    /// is named after its place ("Barset Council cabinet"), so that articles that name the council
    /// differently give its part one name; a part already read in the singular or plural
    /// ("children's service", "children's services") keeps its name, and a service's name in the
    /// other number is an alias, so that articles writing either join.
    func partNames(_ part: String, of owner: Int, _ context: ArticleContext) -> (name: String, aliases: [String]) {
        let entity = context.resolution.entities[owner]
        let otherNumber = part.hasSuffix("s") ? String(part.dropLast()) : part + "s"
        if let existing = existingPart(otherNumber, of: owner, context), !context.resolution.entities[existing].name.hasSuffix(" " + part) {
            let name = context.resolution.entities[existing].name
            return (name, ([entity.name] + entity.aliases.sorted()).map { "\($0) \(part)" }.filter { $0 != name })
        }
        var name = "\(entity.name) \(part)"
        var aliases = ([entity.name] + entity.aliases.sorted()).map { "\($0) \(part)" }
        if let place = context.resolution.homePlace[owner].map({ context.resolution.entities[$0].name }) {
            if context.resolution.councils.contains(owner) { name = "\(place) Council \(part)" }
            aliases += ["\(place) \(part)", "\(part) in \(place)"]
        }
        if part.hasSuffix("service") || part.hasSuffix("services") { aliases.append(String(name.dropLast(part.count)) + otherNumber) }
        return (name, aliases.filter { $0 != name })
    }

    /// The part of `body` already read whose name ends with `tail` ("children's services").
    func existingPart(_ tail: String, of body: Int, _ context: ArticleContext) -> Int? {
        context.relations.first {
            $0.predicate == .partOf && $0.object == body && context.resolution.entities[$0.subject].name.lowercased().hasSuffix(tail)
        }?.subject
    }

    /// "director of children's services" at the council `role` names (or at the council whose
    /// part it names: "cabinet member for children's services"): the service, a new part of the
    /// council, when `tail` ends with a part noun ("services", "department", "team"); named by
    /// `partNames`, and by itself when the article writes it as a name ("Director of
    /// Environmental Services").
    func servicePart(_ tail: String, of role: Int, _ context: inout ArticleContext, _ view: SentenceView) -> Int? {
        let sentence = view.number
        let body = context.resolution.councils.contains(role) ? role
            : context.relations.first { $0.predicate == .partOf && $0.subject == role && context.resolution.councils.contains($0.object) }?.object
        var words = tail.split(separator: " ").map(String.init)
        while let first = words.first, ["the", "its", "a"].contains(first) { words.removeFirst() }
        guard let body, let head = words.last, Self.partNouns.contains(head), !words.contains(where: { ["and", "&"].contains($0) })
        else { return nil }
        let part = words.joined(separator: " ")
        var (name, aliases) = partNames(part, of: body, context)
        let written = view.tokens[view.sentence.tokens].filter { $0.stem == head }
        if written.contains(where: \.isCapitalised) { aliases.append(words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")) }
        let service = context.entity(.body, named: name, aliases: aliases, at: nil, sentence: sentence)
        context.relate(service, .partOf, body, rule: "role-service-part", sentence: sentence, confidence: 0.6)
        return service
    }

    /// The council of `place` for "director of children's services in Barset" when the article
    /// names no council there: "Barset Council", also called "Barset", located in the place.
    func placeCouncil(of place: Int, _ context: inout ArticleContext, sentence: Int) -> Int {
        if let council = context.council(of: place) { return council }
        let name = context.resolution.entities[place].name
        let council = context.entity(.body, named: "\(name) Council", aliases: [name], at: nil, sentence: sentence)
        context.resolution.councils.insert(council)
        context.resolution.homePlace[council] = place
        context.relate(council, .locatedIn, place, rule: "home-place", sentence: sentence, confidence: 0.7)
        return council
    }

    /// "Hillfoot School in Leeds, West Yorkshire": the body is located in each place named
    /// right after it.
    func bodiesInPlaces(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        for body in view.mentions where view.kind(body) == .body && !body.isReference && !view.entities[body.entity].isMedia {
            var index = body.tokens.upperBound
            guard index + 1 < view.sentence.tokens.upperBound, view.tokens[index].stem == "in" else { continue }
            index += 1
            while let place = view.mentions.first(where: { $0.tokens.lowerBound == index && view.kind($0) == .place }) {
                context.relate(body.entity, .locatedIn, place.entity, rule: "body-in-place", sentence: number, confidence: 0.7)
                index = place.tokens.upperBound + 1
                guard place.tokens.upperBound < view.sentence.tokens.upperBound, view.tokens[place.tokens.upperBound].isMark(",") else { break }
            }
        }
    }

    /// "Barset Trust ... its three schools - Hillfoot Academy, Moorside and Lowfield Primary":
    /// each body listed after "its <bodies>" is part of the body named last before "its".
    func listedParts(_ context: inout ArticleContext, _ number: Int) {
        let view = context.view(number)
        let end = view.sentence.tokens.upperBound
        for its in view.sentence.tokens where view.tokens[its].stem == "its" {
            var index = its + 1
            if index < end, view.tokens[index].shape == .number || Self.countWords.contains(view.tokens[index].stem) { index += 1 }
            guard index + 1 < end, isPluralBodyNoun(view.tokens[index].stem, context.lexicon),
                  let owner = view.before(its, [.body]) else { continue }
            index += 1
            while index < end, view.tokens[index].shape == .punctuation { index += 1 }
            while let part = view.mentions.first(where: { $0.tokens.lowerBound == index && view.kind($0) == .body }) {
                context.relate(part.entity, .partOf, owner.entity, rule: "listed-part", sentence: number, confidence: 0.6)
                index = part.tokens.upperBound
                guard index < end, view.tokens[index].isMark(",") || view.tokens[index].stem == "and" else { break }
                index += 1
            }
        }
    }

    private static let countWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many"]

    /// "schools", "academies", "trusts": the plural of an organisation word.
    private func isPluralBodyNoun(_ word: String, _ lexicon: Lexicon) -> Bool {
        guard word.hasSuffix("s") else { return false }
        let singular = word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : String(word.dropLast())
        return lexicon.bodySuffixes.contains(singular) && !Self.partNouns.contains(singular) && !Self.partNouns.contains(word)
    }
}
