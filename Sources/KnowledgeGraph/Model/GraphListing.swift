/// A readable plain-text listing of a graph: entities grouped by kind, then every relation
/// with the sentence it came from. This is `kg extract --format text`.
public enum GraphListing {
    /// The listing, ending in a newline.
    public static func text(of graph: Graph) -> String {
        var lines: [String] = ["\(graph.documents.count) documents, \(graph.entities.count) entities, \(graph.relations.count) relations"]
        for kind in EntityKind.allCases {
            let members = graph.entities.filter { $0.kind == kind }.sorted { $0.name < $1.name }
            guard !members.isEmpty else { continue }
            lines.append("")
            lines.append("\(kind.rawValue) (\(members.count))")
            for entity in members {
                var line = "  \(entity.name)"
                if !entity.aliases.isEmpty { line += "  [aka \(entity.aliases.joined(separator: "; "))]" }
                let attributes = entity.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                if !attributes.isEmpty { line += "  {\(attributes.joined(separator: ", "))}" }
                lines.append(line)
            }
        }
        if !graph.relations.isEmpty {
            lines.append("")
            lines.append("relations (\(graph.relations.count))")
        }
        for (position, relation) in graph.relations.enumerated() {
            let subject = graph.entities[graph.subject(of: position)].name
            let object = graph.entities[graph.object(of: position)].name
            var line = "  \(subject) -> \(relation.predicate.rawValue) -> \(object)"
            let attributes = relation.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            if !attributes.isEmpty { line += "  {\(attributes.joined(separator: ", "))}" }
            lines.append(line)
            for evidence in relation.evidence {
                lines.append("      \(evidence.doc)@\(evidence.start)-\(evidence.end) [\(relation.rule)]: \(evidence.text)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
