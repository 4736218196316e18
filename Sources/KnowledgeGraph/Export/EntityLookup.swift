/// Finds the entity a user means by a name typed on the command line: an exact name or alias
/// first, then a name that contains the typed words whole ("Okafor" → "Amara Okafor").
public enum EntityLookup {
    /// The position of the one entity `name` refers to in `graph`; throws `LookupError` with
    /// "did you mean" suggestions when nothing matches, or the candidates when several do.
    public static func resolve(_ name: String, in graph: Graph) throws -> Int {
        let exact = graph.positions(named: name)
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 {
            let byCanonicalName = exact.filter { NameFolding.fold(graph.entities[$0].name) == NameFolding.fold(name) }
            if byCanonicalName.count == 1 { return byCanonicalName[0] }
            throw LookupError.ambiguous(name, candidates: describe(exact, in: graph))
        }
        let words = NameFolding.fold(name).split(separator: " ").map(String.init)
        guard !words.isEmpty else { throw LookupError.unknown(name, suggestions: []) }
        let containing = graph.entities.indices.filter { position in
            graph.entities[position].allNames.contains { containsWholeWords(NameFolding.fold($0), words) }
        }
        if containing.count == 1 { return containing[0] }
        if containing.count > 1 { throw LookupError.ambiguous(name, candidates: describe(containing, in: graph)) }
        throw LookupError.unknown(name, suggestions: NameSuggester.suggestions(for: name, among: graph.allNames))
    }

    private static func containsWholeWords(_ folded: String, _ words: [String]) -> Bool {
        let candidate = folded.split(separator: " ").map(String.init)
        guard candidate.count >= words.count else { return false }
        return (0...(candidate.count - words.count)).contains { Array(candidate[$0..<$0 + words.count]) == words }
    }

    private static func describe(_ positions: [Int], in graph: Graph) -> [String] {
        positions.map { "\(graph.entities[$0].name) (\(graph.entities[$0].kind.rawValue))" }.sorted()
    }
}

/// A name that does not pick out exactly one entity.
public enum LookupError: Error, Equatable, CustomStringConvertible {
    /// Nothing is called that; the closest names follow.
    case unknown(String, suggestions: [String])
    /// Several entities answer to the name.
    case ambiguous(String, candidates: [String])

    /// A message for the user, with what to type instead.
    public var description: String {
        switch self {
        case .unknown(let name, let suggestions):
            guard !suggestions.isEmpty else { return "no entity is called '\(name)'" }
            return "no entity is called '\(name)'; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
        case .ambiguous(let name, let candidates):
            let shown = candidates.prefix(6).joined(separator: "; ")
            let more = candidates.count > 6 ? " and \(candidates.count - 6) more" : ""
            return "'\(name)' could mean \(shown)\(more); give the full name"
        }
    }
}
