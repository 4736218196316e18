/// Writes a graph as a Cypher script for Neo4j (`cypher-shell -f graph.cypher`).
///
/// Every statement is a `MERGE` keyed on the entity id or on the relation's ends and type,
/// so running the script twice leaves one copy of the graph. Nodes get the label `Entity`
/// plus their kind (`Person`, `Body` …); relationship types are the predicates in upper case
/// (`AUTHORED`, `RESIGNED_FROM`). Attributes become properties; evidence is a list of sentences.
public enum CypherExporter {
    /// The script, ending in a newline.
    public static func export(_ graph: Graph) -> String {
        var lines = [
            "// kg: \(graph.entities.count) entities, \(graph.relations.count) relations",
            "// Load into Neo4j with: cypher-shell -u neo4j -p PASSWORD -f FILE",
            "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;",
        ]
        for entity in graph.entities {
            var properties = [("name", string(entity.name)), ("kind", string(entity.kind.rawValue)),
                              ("aliases", list(entity.aliases))]
            properties += entity.attributes.sorted { $0.key < $1.key }.map {
                (propertyName($0.key, avoiding: ["id", "name", "kind", "aliases"]), string($0.value))
            }
            let label = entity.kind.rawValue.prefix(1).uppercased() + entity.kind.rawValue.dropFirst()
            lines.append("MERGE (e:Entity {id: \(string(entity.id))}) SET e:\(label), " + assignments(properties, to: "e") + ";")
        }
        for (position, relation) in graph.relations.enumerated() {
            let subject = graph.entities[graph.subject(of: position)].id
            let object = graph.entities[graph.object(of: position)].id
            var properties = [("confidence", String(relation.confidence)), ("rule", string(relation.rule)),
                              ("evidence", list(relation.evidence.map(\.text))),
                              ("documents", list(Set(relation.evidence.map(\.doc)).sorted()))]
            properties += relation.attributes.sorted { $0.key < $1.key }.map {
                (propertyName($0.key, avoiding: ["confidence", "rule", "evidence", "documents"]), string($0.value))
            }
            lines.append("MATCH (s:Entity {id: \(string(subject))}), (o:Entity {id: \(string(object))}) "
                         + "MERGE (s)-[r:\(relation.predicate.rawValue.uppercased())]->(o) SET " + assignments(properties, to: "r") + ";")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as a Cypher string literal in single quotes, with `\`, `'`, `"` and control
    /// characters escaped, so no value can end the literal or the statement.
    public static func string(_ text: String) -> String {
        EscapedLiteral.quoted(text, delimiter: "'", escapingAlso: "\"")
    }

    /// A property name in backticks (doubled inside), so any attribute name is a valid key.
    public static func key(_ name: String) -> String {
        "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    private static func list(_ items: [String]) -> String { "[" + items.map(string).joined(separator: ", ") + "]" }

    private static func assignments(_ properties: [(String, String)], to variable: String) -> String {
        properties.map { "\(variable).\(key($0.0)) = \($0.1)" }.joined(separator: ", ")
    }
}
