/// Joins the names an article gives one organisation in a longer and a shorter form, so that
/// one body is one entity.
///
/// Two rules: a body whose name's words all occur in one other body's name with the same last
/// word is that body ("Barset Trust" and "Barset Education Trust", "Local Safeguarding Children
/// Board" and "Westshire Local Safeguarding Children Board"); and two schools whose names
/// differ only in an interchangeable last word are one school ("Barset School" and "Barset
/// Academy"). A name
/// that fits more than one other body stays apart. Local authorities are joined by their place
/// in `CoreferenceResolver` and are left alone here.
public struct BodyMerger: Sendable {
    private let interchangeableSchoolWords: Set<String>

    /// Creates the stage with the interchangeable school words of `lexicon`.
    public init(lexicon: Lexicon) { interchangeableSchoolWords = lexicon.interchangeableSchoolWords }

    /// Merges the shorter-named bodies of `resolution` into the body they name.
    public func merge(_ resolution: inout Resolution) {
        let bodies = resolution.entities.indices.filter {
            resolution.entities[$0].kind == .body && !resolution.entities[$0].mentions.isEmpty
                && !resolution.entities[$0].isMedia && !resolution.councils.contains($0)
        }.sorted { (wordCount(resolution.entities[$0].name), $0) < (wordCount(resolution.entities[$1].name), $1) }
        var merged: Set<Int> = []
        for shorter in bodies where !merged.contains(shorter) {
            let targets = bodies.filter { $0 != shorter && !merged.contains($0)
                && names(resolution.entities[shorter], fitInside: resolution.entities[$0]) }
            guard targets.count == 1, let target = targets.first else { continue }
            absorb(shorter, into: target, &resolution)
            merged.insert(shorter)
        }
    }

    private func wordCount(_ name: String) -> Int { name.split(separator: " ").count }

    private func words(_ name: String) -> [String] { name.lowercased().split(separator: " ").map(String.init) }

    /// True when a name of `shorter` is a shortened form of a name of `longer`.
    private func names(_ shorter: ResolvedEntity, fitInside longer: ResolvedEntity) -> Bool {
        let shortNames = ([shorter.name] + shorter.aliases).map(words)
        let longNames = ([longer.name] + longer.aliases).map(words)
        return shortNames.contains { short in
            longNames.contains { long in isSubset(short, of: long) || isSameSchool(short, long) }
        }
    }

    /// "barset trust" in "barset education trust": every word, the same last word, fewer words.
    private func isSubset(_ short: [String], of long: [String]) -> Bool {
        short.count >= 2 && short.count < long.count && short.last == long.last && Set(short).isSubset(of: Set(long))
    }

    /// "barset school" and "barset academy": the same words, but for one interchangeable last
    /// school word.
    private func isSameSchool(_ first: [String], _ second: [String]) -> Bool {
        guard first.count == second.count, first.count >= 2, let a = first.last, let b = second.last, a != b else { return false }
        return interchangeableSchoolWords.contains(a) && interchangeableSchoolWords.contains(b) && first.dropLast() == second.dropLast()
    }

    /// Moves the names and mentions of `source` to `target`.
    private func absorb(_ source: Int, into target: Int, _ resolution: inout Resolution) {
        let entity = resolution.entities[source]
        resolution.entities[target].aliases.formUnion([entity.name] + entity.aliases)
        resolution.entities[target].aliases.remove(resolution.entities[target].name)
        resolution.entities[target].mentions += entity.mentions
        resolution.entities[source].mentions = []
        if resolution.homePlace[target] == nil { resolution.homePlace[target] = resolution.homePlace[source] }
        resolution.homePlace[source] = nil
        for sentence in resolution.mentions.indices {
            for position in resolution.mentions[sentence].indices where resolution.mentions[sentence][position].entity == source {
                resolution.mentions[sentence][position].entity = target
            }
        }
    }
}
