/// The texts of `:stats`, `:schema` and `:entities`: counts and listings of a graph.
public enum GraphSummary {
    /// Documents, entities per kind and relations per predicate, in aligned columns.
    public static func statistics(of graph: Graph) -> String {
        var rows: [(String, Int)] = [("documents", graph.documents.count), ("entities", graph.entities.count)]
        var kinds: [EntityKind: Int] = [:]
        for entity in graph.entities { kinds[entity.kind, default: 0] += 1 }
        rows += EntityKind.allCases.map { ("  " + $0.rawValue, kinds[$0] ?? 0) }
        rows.append(("relations", graph.relations.count))
        var predicates: [Predicate: Int] = [:]
        for relation in graph.relations { predicates[relation.predicate, default: 0] += 1 }
        rows += Predicate.allCases.map { ("  " + $0.rawValue, predicates[$0] ?? 0) }
        return TextColumns.align(rows.map { [$0.0, String($0.1)] }).joined(separator: "\n")
    }

    /// The entity kinds, then each predicate with its subject and object kinds and meaning.
    public static func schema() -> String {
        var lines = ["kinds: " + EntityKind.allCases.map(\.rawValue).joined(separator: ", "), "", "predicates (subject -> object):"]
        lines += TextColumns.align(Predicate.allCases.map { predicate in
            ["  " + predicate.rawValue, kindList(predicate.subjectKinds) + " -> " + kindList(predicate.objectKinds), predicate.summary]
        })
        return lines.joined(separator: "\n")
    }

    /// Entities of `kind` (all when nil) whose name or an alias starts with `prefix`
    /// (ignoring case), grouped by kind and sorted by name, with a count line.
    public static func entities(of graph: Graph, kind: EntityKind?, prefix: String) -> String {
        let matches = matchingEntities(of: graph, kind: kind, prefix: prefix)
        var lines = TextColumns.align(matches.map { entity in
            [entity.kind.rawValue, entity.name + (entity.aliases.isEmpty ? "" : "  (also " + entity.aliases.joined(separator: ", ") + ")")]
        })
        lines.append("\(matches.count) \(matches.count == 1 ? "entity" : "entities")")
        return lines.joined(separator: "\n")
    }

    /// The entities `entities(of:kind:prefix:)` lists.
    public static func matchingEntities(of graph: Graph, kind: EntityKind?, prefix: String) -> [Entity] {
        let folded = prefix.lowercased()
        return graph.entities
            .filter { kind == nil || $0.kind == kind }
            .filter { entity in folded.isEmpty || entity.allNames.contains { $0.lowercased().hasPrefix(folded) } }
            .sorted { ($0.kind, $0.name.lowercased(), $0.id) < ($1.kind, $1.name.lowercased(), $1.id) }
    }

    private static func kindList(_ kinds: Set<EntityKind>) -> String {
        kinds.sorted().map(\.rawValue).joined(separator: "|")
    }
}
