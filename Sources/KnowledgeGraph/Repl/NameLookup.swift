/// The "no entity named X; did you mean Y (kind)?" message for a name the graph lacks.
struct NameLookup {
    let graph: Graph

    /// The message for `name`, suggesting up to three close names or aliases with their kinds.
    func unknownName(_ name: String) -> String {
        let suggestions = NameSuggester.suggestions(for: name, among: graph.allNames, limit: 3).map { suggestion in
            let kinds = Set(graph.positions(named: suggestion).map { graph.entities[$0].kind }).sorted()
            return "\(suggestion) (\(kinds.map(\.rawValue).joined(separator: ", ")))"
        }
        guard !suggestions.isEmpty else { return "no entity named '\(name)'; :entities lists them" }
        return "no entity named '\(name)'; did you mean " + suggestions.joined(separator: " or ") + "?"
    }
}
