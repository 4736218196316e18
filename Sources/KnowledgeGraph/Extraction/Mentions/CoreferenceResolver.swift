/// Resolves the mentions of one article to entities: one entity per referent.
///
/// Full names make entities; titled and bare surnames join the person with that surname
/// ("Dr Okafor", "Okafor" → Amara Okafor); local-authority names join by their place
/// ("Westshire MBC", "Westshire Council" → one council, named by its longest form); acronyms
/// join the body (or else the report) whose initials they spell ("RMBC", "SCR"); short school
/// names join the school ("Barset Primary"); "the council", "the authority", "the force" (a
/// police force), "the trust" (body-references.txt), "the report" and "he"/"she" refer to the
/// nearest matching entity before them (a pronoun skips a person whose title shows the other
/// gender; a sentence-opening one is the previous sentence's subject).
public struct CoreferenceResolver: Sendable {
    private let lexicon: Lexicon
    private static let councilReferences: Set<String> = ["council", "authority"]
    /// Modifiers that make a report another one than the article's report ("an earlier report").
    private static let otherReportWords: Set<String> = ["earlier", "previous", "prior", "separate", "second", "another",
                                                        "subsequent", "later", "follow-up", "other", "first"]
    private static let reportReferences: Set<String> = ["report", "inquiry", "review", "reports"]
    private static let referenceOpeners: Set<String> = ["the", "her", "his", "its", "this", "that", "their"]
    private static let reportVerbs: Set<String> = ["found", "said", "says", "blamed", "concluded", "revealed", "added", "noted",
                                                   "criticised", "recommended", "identified", "read", "reads", "warned", "also"]
    private static let personEvents: Set<String> = ["appointment", "resignation", "departure", "retirement", "decision"]
    private static let pronouns: Set<String> = ["he", "she"]
    /// Nouns that introduce an unknown acronym as an organisation ("teaching union NASUWT").
    private static let bodyNouns: Set<String> = ["union", "charity", "watchdog", "regulator", "organisation", "group",
                                                 "agency", "inspectorate", "association", "trust", "body", "federation"]

    /// Creates a resolver over `lexicon`.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Resolves `detected` (mentions per sentence) against the article's `tokens`.
    public func resolve(_ detected: [[DetectedMention]], sentences: [Sentence], tokens: [Token]) -> Resolution {
        var resolution = Resolution()
        var byKey: [String: Int] = [:]
        var bySurname: [String: Int] = [:]
        var byGivenName: [String: Int] = [:]
        func attach(_ mention: DetectedMention, to entity: Int, alias: String) {
            if alias != resolution.entities[entity].name { resolution.entities[entity].aliases.insert(alias) }
            if mention.name.split(separator: " ").count > resolution.entities[entity].name.split(separator: " ").count,
               mention.form == .full {
                resolution.entities[entity].aliases.insert(resolution.entities[entity].name)
                resolution.entities[entity].name = mention.name
                resolution.entities[entity].aliases.remove(mention.name)
            }
            resolution.entities[entity].aliases.formUnion(mention.aliases)
            resolution.entities[entity].mentions.append(mention.tokens)
        }
        // Pass 1: full names.
        var assigned: [[Int?]] = detected.map { Array(repeating: nil, count: $0.count) }
        for (sentence, mentions) in detected.enumerated() {
            for (position, mention) in mentions.enumerated() where mention.form == .full {
                guard let kind = mention.kind else { continue }
                let key = self.key(kind: kind, name: mention.name)
                let entity = byKey[key] ?? resolution.add(ResolvedEntity(kind: kind, name: mention.name, isMedia: mention.isMedia))
                byKey[key] = entity
                attach(mention, to: entity, alias: mention.name)
                assigned[sentence][position] = entity
                let parts = mention.name.split(separator: " ")
                if kind == .person, parts.count >= 2, let surname = parts.last {
                    bySurname[Lexicon.key(String(surname))] = entity
                    byGivenName[Lexicon.key(String(parts[0]))] = entity
                    resolution.entities[entity].aliases.insert(String(surname))
                }
            }
        }
        addHomePlaces(&resolution, byKey: &byKey)
        // Pass 2: titled and bare names, acronyms.
        for (sentence, mentions) in detected.enumerated() {
            for (position, mention) in mentions.enumerated() where mention.form != .full {
                let folded = Lexicon.key(mention.name)
                var entity: Int?
                switch mention.form {
                case .titled:
                    entity = bySurname[folded] ?? byKey["person:\(folded)"]
                    if entity == nil, lexicon.firstNames.contains(folded) { entity = byGivenName[folded] }
                    if entity == nil {
                        entity = resolution.add(ResolvedEntity(kind: .person, name: mention.name))
                        byKey["person:\(folded)"] = entity
                        bySurname[folded] = entity
                    }
                case .bare:
                    entity = bySurname[folded] ?? byKey["place:\(folded)"] ?? byKey["body:\(folded)"]
                    if entity == nil, let place = lexicon.places[folded] {
                        entity = resolution.add(ResolvedEntity(kind: .place, name: place))
                        byKey["place:\(folded)"] = entity
                    }
                    if entity == nil { entity = school(shortenedTo: mention.name, in: resolution) }
                    if entity == nil, mention.kind == .body {
                        entity = resolution.entities.indices.first { resolution.entities[$0].kind == .body
                            && resolution.entities[$0].aliases.contains(mention.name) }
                            ?? resolution.add(ResolvedEntity(kind: .body, name: mention.name))
                        byKey["body:\(folded)"] = entity
                    }
                case .acronym:
                    entity = byKey["body:\(folded)"] ?? resolution.entities.indices.first {
                        resolution.entities[$0].kind == .body && initials(of: resolution.entities[$0]).contains(mention.name)
                    } ?? resolution.entities.indices.first {
                        resolution.entities[$0].kind == .report && initials(of: resolution.entities[$0]).contains(mention.name)
                    }
                    if entity == nil, mention.tokens.lowerBound > 0, Self.bodyNouns.contains(tokens[mention.tokens.lowerBound - 1].stem) {
                        entity = resolution.add(ResolvedEntity(kind: .body, name: mention.name))
                        byKey["body:\(folded)"] = entity
                    }
                case .full:
                    break
                }
                guard let found = entity else { continue }
                let titled = mention.tokens.lowerBound > 0 && mention.form == .titled
                    ? "\(tokens[mention.tokens.lowerBound - 1].text) \(mention.name)" : mention.name
                attach(mention, to: found, alias: titled)
                if mention.form == .titled, bySurname[folded] == found { resolution.entities[found].aliases.insert(mention.name) }
                assigned[sentence][position] = found
            }
        }
        var genders: [Int: String] = [:]
        for (sentence, mentions) in detected.enumerated() {
            for (position, mention) in mentions.enumerated() where mention.tokens.lowerBound > 0 {
                guard let entity = assigned[sentence][position] else { continue }
                let title = tokens[mention.tokens.lowerBound - 1].stem
                if Self.maleTitles.contains(title) { genders[entity] = "m" }
                if Self.femaleTitles.contains(title) { genders[entity] = "f" }
            }
        }
        resolution.mentions = referencesAndMentions(detected, assigned: assigned, sentences: sentences,
                                                    tokens: tokens, resolution: resolution, genders: genders)
        return resolution
    }

    /// The school whose name is `short` followed by school words ("Barset" or "Barset Primary"
    /// for "Barset Primary School", the first of "Barset School" and "Barset Academy", which
    /// `BodyMerger` joins); nil when no school fits or schools of other names do.
    private func school(shortenedTo short: String, in resolution: Resolution) -> Int? {
        let prefix = short.lowercased().split(separator: " ")
        var stems: Set<String> = []
        let fits = resolution.entities.indices.filter { index in
            guard resolution.entities[index].kind == .body else { return false }
            return ([resolution.entities[index].name] + resolution.entities[index].aliases).contains { name in
                var words = name.lowercased().split(separator: " ")
                guard words.count > prefix.count, Array(words.prefix(prefix.count)) == prefix,
                      words.dropFirst(prefix.count).allSatisfy({ lexicon.schoolWords.contains(String($0)) }) else { return false }
                if let last = words.last, lexicon.interchangeableSchoolWords.contains(String(last)) { words.removeLast() }
                stems.insert(words.joined(separator: " "))
                return true
            }
        }
        return stems.count == 1 ? fits.first : nil
    }

    /// The index key of a name: local authorities by their place, reports named after their author
    /// by the author ("Okafor Review" and "Okafor Report" are one), reports named by what they are
    /// about by their head word ("a damning report into ..." and "an independent report into the
    /// case" are one), unless a modifier says it is another ("an earlier report"), everything else
    /// by folded name.
    private func key(kind: EntityKind, name: String) -> String {
        if kind == .report, name.first?.isLowercase == true {
            let words = name.split(separator: " ")
            let head = words.firstIndex { ["report", "review", "inquiry"].contains($0) } ?? words.count - 1
            let other = words[..<head].contains { Self.otherReportWords.contains(String($0)) }
            return "report:anonymous:\(other ? words[...head].joined(separator: " ") : String(words[head]))"
        }
        if kind == .report, let head = name.split(separator: " ").last, ["report", "review", "inquiry"].contains(head.lowercased()) {
            return "report:\(Lexicon.key(String(name.dropLast(head.count))))"
        }
        if kind == .body, let place = councilPlace(name) { return "council:\(Lexicon.key(place))" }
        return "\(kind.rawValue):\(Lexicon.key(name))"
    }

    /// "Westshire" for "Westshire Metropolitan Borough Council" and for "London Borough of
    /// Westshire"; nil for names that are no local authority.
    func councilPlace(_ name: String) -> String? {
        let words = name.split(separator: " ")
        if let of = words.firstIndex(of: "of"), of > 0, of + 1 < words.count, words[of - 1] == "Borough",
           words[..<of].allSatisfy({ lexicon.councilSuffixes.contains($0.lowercased()) || $0 == "London" || $0 == "Royal" }) {
            return words[(of + 1)...].joined(separator: " ")
        }
        guard let first = words.firstIndex(where: { lexicon.councilSuffixes.contains($0.lowercased()) }),
              first > 0, words.last.map({ lexicon.councilSuffixes.contains($0.lowercased()) }) == true else { return nil }
        return words[..<first].joined(separator: " ")
    }

    /// "Greater Manchester" for "Greater Manchester Police": the longest leading words of a
    /// body's name that the place gazetteer knows.
    private func namedPlace(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return nil }
        for length in stride(from: min(words.count - 1, lexicon.longestPlace), through: 1, by: -1) {
            let place = words[..<length].joined(separator: " ")
            if let known = lexicon.places[Lexicon.key(place)] { return known }
        }
        return nil
    }

    /// Gives each local authority its place entity and the alias "<Place> Council", and each
    /// body named after a known place ("Westshire Police") that place.
    private func addHomePlaces(_ resolution: inout Resolution, byKey: inout [String: Int]) {
        for entity in resolution.entities.indices where resolution.entities[entity].kind == .body {
            let name = resolution.entities[entity].name
            guard let place = councilPlace(name) ?? namedPlace(name) else { continue }
            if councilPlace(name) != nil {
                resolution.councils.insert(entity)
                resolution.entities[entity].aliases.insert("\(place) Council")
                resolution.entities[entity].aliases.remove(name)
            }
            let key = "place:\(Lexicon.key(place))"
            let placeEntity = byKey[key] ?? resolution.add(ResolvedEntity(kind: .place, name: place))
            byKey[key] = placeEntity
            resolution.homePlace[entity] = placeEntity
        }
    }

    /// The acronyms a body's names spell: initials of the capitalised words, with and without the place.
    private func initials(of entity: ResolvedEntity) -> Set<String> {
        var result: Set<String> = []
        for name in [entity.name] + entity.aliases {
            let words = name.split(separator: " ").filter { $0.first?.isUppercase == true }
            result.insert(String(words.compactMap(\.first)))
            if words.count > 2 { result.insert(String(words.dropFirst().compactMap(\.first))) }
        }
        return result.filter { $0.count >= 2 }
    }

    /// Merges resolved mentions with references ("the council", "the report", "she") per sentence.
    private func referencesAndMentions(_ detected: [[DetectedMention]], assigned: [[Int?]], sentences: [Sentence],
                                       tokens: [Token], resolution: Resolution, genders: [Int: String]) -> [[ResolvedMention]] {
        var lastOfKind: [String: Int] = [:]
        var result: [[ResolvedMention]] = []
        let council = mainCouncil(resolution)
        var subject: Int?
        var quoted = false // a quotation open at the end of the sentence before, within one paragraph
        for (number, sentence) in sentences.enumerated() {
            lastOfKind["council"] = council
            lastOfKind["subject"] = subject
            if sentence.tokens.isEmpty || tokens[sentence.tokens.lowerBound].startsLine { quoted = false }
            defer { quoted = quoted != (sentence.tokens.filter { tokens[$0].isMark("\"") }.count % 2 == 1) }
            var named: [ResolvedMention] = []
            for (position, mention) in detected[number].enumerated() {
                if let entity = assigned[number][position] { named.append(ResolvedMention(entity: entity, tokens: mention.tokens)) }
            }
            var mentions: [ResolvedMention] = []
            var next = 0
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                if next < named.count, named[next].tokens.lowerBound <= index {
                    var end = index + 1
                    while next < named.count, named[next].tokens.lowerBound <= index {
                        if resolution.councils.contains(named[next].entity) { lastOfKind["council"] = named[next].entity }
                        mentions.append(named[next])
                        // "the report" means the last report the narrative named, not one a speaker quoted in passing.
                        let quotedReport = resolution.entities[named[next].entity].kind == .report
                            && quoted != ((sentence.tokens.lowerBound..<index).filter { tokens[$0].isMark("\"") }.count % 2 == 1)
                        if !quotedReport { remember(named[next].entity, in: resolution, genders: genders, &lastOfKind) }
                        end = max(end, named[next].tokens.upperBound)
                        next += 1
                    }
                    index = end
                    continue
                }
                if let reference = reference(at: index, tokens: tokens, lastOfKind: lastOfKind, genders: genders) {
                    mentions.append(reference)
                    index = reference.tokens.upperBound
                    continue
                }
                index += 1
            }
            subject = mentions.first.flatMap { first in
                first.tokens.lowerBound - sentence.tokens.lowerBound <= 2 && resolution.entities[first.entity].kind == .person ? first.entity : nil
            }
            result.append(mentions)
        }
        return result
    }

    private func remember(_ entity: Int, in resolution: Resolution, genders: [Int: String], _ lastOfKind: inout [String: Int]) {
        lastOfKind[resolution.entities[entity].kind.rawValue] = entity
        if let gender = genders[entity] { lastOfKind["person:\(gender)"] = entity }
        let names = [resolution.entities[entity].name] + resolution.entities[entity].aliases
        if names.contains(where: { $0.hasSuffix(" Party") }) { lastOfKind["party"] = entity }
        if names.contains(where: { $0.hasSuffix(" Police") || $0.hasSuffix(" Constabulary") }) { lastOfKind["police"] = entity }
        guard resolution.entities[entity].kind == .body else { return }
        for name in names {
            guard let head = name.split(separator: " ").last?.lowercased(), lexicon.bodyReferenceHeads.contains(head) else { continue }
            lastOfKind["head:\(head)"] = entity
        }
    }

    private static let maleTitles: Set<String> = ["mr", "sir", "lord", "baron"]
    private static let femaleTitles: Set<String> = ["ms", "mrs", "miss", "dame", "lady", "baroness"]
    private static let pronounGenders: [String: String] = ["he": "m", "his": "m", "him": "m", "she": "f", "her": "f"]

    /// The person a pronoun refers to: the last person, unless a title shows that person is of
    /// the other gender and an earlier person of the pronoun's gender exists.
    private func person(for pronoun: String, lastOfKind: [String: Int], genders: [Int: String]) -> Int? {
        guard let last = lastOfKind["person"] else { return nil }
        guard let wanted = Self.pronounGenders[pronoun], let known = genders[last], known != wanted else { return last }
        return lastOfKind["person:\(wanted)"] ?? last
    }

    /// The local authority named most often: what "the council" means unless the sentence names another.
    private func mainCouncil(_ resolution: Resolution) -> Int? {
        resolution.councils.max {
            (resolution.entities[$0].mentions.count, -$0) < (resolution.entities[$1].mentions.count, -$1)
        }
    }

    private func reference(at index: Int, tokens: [Token], lastOfKind: [String: Int], genders: [Int: String]) -> ResolvedMention? {
        let token = tokens[index]
        if token.stem == "it", index + 1 < tokens.count, Self.reportVerbs.contains(tokens[index + 1].stem) || tokens[index + 1].isMark(","),
           let report = lastOfKind["report"] {
            return ResolvedMention(entity: report, tokens: index..<index + 1, isReference: true)
        }
        if Self.pronouns.contains(token.stem), token.isCapitalised, let subject = lastOfKind["subject"],
           genders[subject] == nil || genders[subject] == Self.pronounGenders[token.stem] {
            return ResolvedMention(entity: subject, tokens: index..<index + 1, isReference: true)
        }
        if Self.pronouns.contains(token.stem), let person = person(for: token.stem, lastOfKind: lastOfKind, genders: genders) {
            return ResolvedMention(entity: person, tokens: index..<index + 1, isReference: true)
        }
        guard Self.referenceOpeners.contains(token.stem), index + 1 < tokens.count else { return nil }
        var head = index + 1
        if head + 1 < tokens.count, ["borough", "county", "city", "district", "local", "new", "damning", "independent", "latest", "full", "final"].contains(tokens[head].stem) { head += 1 }
        let word = tokens[head].stem
        if Self.councilReferences.contains(word), let council = lastOfKind["council"] {
            return ResolvedMention(entity: council, tokens: index..<head + 1, isReference: true)
        }
        if let body = lastOfKind["head:\(word)"] {
            return ResolvedMention(entity: body, tokens: index..<head + 1, isReference: true)
        }
        if word == "force", let police = lastOfKind["police"] {
            return ResolvedMention(entity: police, tokens: index..<head + 1, isReference: true)
        }
        if word == "party", let party = lastOfKind["party"] {
            return ResolvedMention(entity: party, tokens: index..<head + 1, isReference: true)
        }
        if Self.reportReferences.contains(word), let report = lastOfKind["report"] {
            return ResolvedMention(entity: report, tokens: index..<head + 1, isReference: true)
        }
        if Self.personEvents.contains(token.stem == "his" || token.stem == "her" ? word : ""),
           let person = person(for: token.stem, lastOfKind: lastOfKind, genders: genders) {
            return ResolvedMention(entity: person, tokens: index..<index + 1, isReference: true)
        }
        return nil
    }
}
