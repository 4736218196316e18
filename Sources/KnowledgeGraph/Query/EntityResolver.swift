/// Resolves the names written in a query to entities of a graph, once, before evaluation.
///
/// Matching is case-insensitive over canonical names and aliases, folding titles and
/// punctuation (`Graph.positions(named:)`). When nothing matches exactly, a single entity
/// whose name ends with, or else contains, the query's words is taken ("Okafor" finds
/// "Amara Okafor"); otherwise the error suggests the closest names.
public struct EntityResolver {
    /// How many candidates an ambiguity error lists.
    public static let listedCandidates = 8

    private let graph: Graph

    /// Resolves names against `graph`.
    public init(graph: Graph) {
        self.graph = graph
    }

    /// The position of the one entity `name` (of `kind`, when given) refers to; `range` is
    /// where the name is in the query, for the error.
    public func resolve(_ name: String, kind: EntityKind?, at range: Range<Int>) throws(QueryError) -> Int {
        let exact = graph.positions(named: name).filter { kind == nil || graph.kind(of: $0) == kind }
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 { throw ambiguity(name, exact, range) }
        let partial = wholeWordMatches(of: name, kind: kind)
        if partial.count == 1 { return partial[0] }
        if partial.count > 1 { throw ambiguity(name, partial, range) }
        throw notFound(name, kind: kind, range)
    }

    /// Entities (of `kind`) with a name ending with `name`'s folded words or, if none, containing them.
    private func wholeWordMatches(of name: String, kind: EntityKind?) -> [Int] {
        let wanted = NameFolding.fold(name).split(separator: " ")
        guard !wanted.isEmpty else { return [] }
        var endings: Set<Int> = [], containing: Set<Int> = []
        for (position, entity) in graph.entities.enumerated() where kind == nil || entity.kind == kind {
            for alias in entity.allNames {
                let words = NameFolding.fold(alias).split(separator: " ")
                guard words.count > wanted.count else { continue }
                if words.suffix(wanted.count).elementsEqual(wanted) {
                    endings.insert(position)
                } else if (0...(words.count - wanted.count)).contains(where: { words[$0..<$0 + wanted.count].elementsEqual(wanted) }) {
                    containing.insert(position)
                }
            }
        }
        return (endings.isEmpty ? containing : endings).sorted()
    }

    private func describe(_ position: Int) -> String {
        "\(graph.name(of: position)) (\(graph.kind(of: position).rawValue))"
    }

    private func ambiguity(_ name: String, _ positions: [Int], _ range: Range<Int>) -> QueryError {
        let listed = positions.map(describe).sorted()
        let more = listed.count > EntityResolver.listedCandidates ? ", and \(listed.count - EntityResolver.listedCandidates) more" : ""
        let kinds = Set(positions.map(graph.kind(of:))).sorted()
        let advice = kinds.count > 1 ? "add a kind filter (\"\(name)\":\(kinds[0].rawValue)) or use a fuller name"
            : "use a fuller name (\"\(graph.name(of: positions[0]))\")"
        return QueryError("'\(name)' is ambiguous: it could be \(listed.prefix(EntityResolver.listedCandidates).joined(separator: ", "))\(more); "
                          + advice, at: range)
    }

    private func notFound(_ name: String, kind: EntityKind?, _ range: Range<Int>) -> QueryError {
        let what = kind.map { "no \($0.rawValue)" } ?? "no entity"
        let otherKinds = graph.positions(named: name).map(describe)
        if !otherKinds.isEmpty {
            return QueryError("\(what) named '\(name)'; there is \(otherKinds.joined(separator: ", ")): change or drop the kind filter", at: range)
        }
        let candidates = graph.entities.filter { kind == nil || $0.kind == kind }.flatMap(\.allNames)
        var suggestions: [String] = []
        for suggestion in NameSuggester.suggestions(for: name, among: candidates) {
            for position in graph.positions(named: suggestion) where kind == nil || graph.kind(of: position) == kind {
                let described = describe(position)
                if !suggestions.contains(described) { suggestions.append(described) }
            }
        }
        let hint = suggestions.isEmpty ? "; check the spelling or list names with 'kg extract --format text'"
            : " — did you mean \(QueryRunner.list(suggestions, conjunction: "or"))?"
        return QueryError("\(what) named '\(name)'\(hint)", at: range)
    }
}
