/// Writes a graph as GraphML (graphml.graphdrawing.org), which Gephi, yEd and NetworkX read.
///
/// Nodes keep the entity ids; the name is the `label` key (Gephi's convention), and kind,
/// aliases and every attribute are declared `<key>`s. Edges carry the predicate (also as
/// `label`), confidence, rule and evidence, one sentence per line as "[doc start-end] text".
public enum GraphMLExporter {
    private static let nodeKeys = ["label", "kind", "aliases"]
    private static let edgeKeys = ["label", "predicate", "confidence", "rule", "evidence"]

    /// The GraphML document of `graph`, ending in a newline.
    public static func export(_ graph: Graph) -> String {
        let nodeAttributes = attributeNames(graph.entities.map(\.attributes), reserved: Set(nodeKeys))
        let edgeAttributes = attributeNames(graph.relations.map(\.attributes), reserved: Set(edgeKeys))
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<!-- kg: \(graph.entities.count) entities, \(graph.relations.count) relations -->",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"",
            "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
            "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
        ]
        for key in nodeKeys { lines.append(keyLine(id: "node_\(key)", for: "node", name: key, type: "string")) }
        for (index, name) in nodeAttributes.enumerated() {
            lines.append(keyLine(id: "node_attribute\(index + 1)", for: "node", name: name.property, type: "string"))
        }
        for key in edgeKeys {
            lines.append(keyLine(id: "edge_\(key)", for: "edge", name: key, type: key == "confidence" ? "double" : "string"))
        }
        for (index, name) in edgeAttributes.enumerated() {
            lines.append(keyLine(id: "edge_attribute\(index + 1)", for: "edge", name: name.property, type: "string"))
        }
        lines.append("  <graph id=\"kg\" edgedefault=\"directed\">")
        for entity in graph.entities {
            lines.append("    <node id=\"\(XMLText.escaped(entity.id))\">")
            var data = [("node_label", entity.name), ("node_kind", entity.kind.rawValue)]
            if !entity.aliases.isEmpty { data.append(("node_aliases", entity.aliases.joined(separator: "; "))) }
            data += keyed(entity.attributes, names: nodeAttributes, prefix: "node_attribute")
            lines += data.map { "      " + dataLine($0.0, $0.1) }
            lines.append("    </node>")
        }
        for (position, relation) in graph.relations.enumerated() {
            let source = graph.entities[graph.subject(of: position)].id
            let target = graph.entities[graph.object(of: position)].id
            lines.append("    <edge id=\"e\(position + 1)\" source=\"\(XMLText.escaped(source))\" target=\"\(XMLText.escaped(target))\">")
            var data = [("edge_label", relation.predicate.rawValue), ("edge_predicate", relation.predicate.rawValue),
                        ("edge_confidence", String(relation.confidence))]
            if !relation.rule.isEmpty { data.append(("edge_rule", relation.rule)) }
            if !relation.evidence.isEmpty {
                data.append(("edge_evidence", relation.evidence.map { "[\($0.doc) \($0.start)-\($0.end)] \($0.text)" }.joined(separator: "\n")))
            }
            data += keyed(relation.attributes, names: edgeAttributes, prefix: "edge_attribute")
            lines += data.map { "      " + dataLine($0.0, $0.1) }
            lines.append("    </edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every attribute name used, sorted, with the property name it is exported under.
    private static func attributeNames(_ attributes: [[String: String]], reserved: Set<String>) -> [(name: String, property: String)] {
        Set(attributes.flatMap(\.keys)).sorted().map { ($0, propertyName($0, avoiding: reserved)) }
    }

    private static func keyed(_ attributes: [String: String], names: [(name: String, property: String)], prefix: String) -> [(String, String)] {
        names.enumerated().compactMap { index, name in attributes[name.name].map { ("\(prefix)\(index + 1)", $0) } }
    }

    private static func keyLine(id: String, for domain: String, name: String, type: String) -> String {
        "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.escaped(name))\" attr.type=\"\(type)\"/>"
    }

    private static func dataLine(_ key: String, _ value: String) -> String {
        "<data key=\"\(key)\">\(XMLText.escaped(value))</data>"
    }
}
