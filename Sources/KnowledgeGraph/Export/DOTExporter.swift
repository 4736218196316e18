import Foundation

/// Writes a graph as a Graphviz DOT diagram a person can read and a reviewer can diff.
///
/// Node ids are synthetic (`n1`, `n2` … in kind-then-name order) with the entity's name in
/// the label; every value taken from the data goes through `DOTString.quoted`, and no
/// attribute that links or loads files (`URL`, `href`, `image`, `shapefile`, `fontpath`) is
/// ever written. The same graph and options always give the same bytes.
public enum DOTExporter {
    /// Characters per line before a node label wraps.
    static let nodeLabelWidth = 22
    /// Characters per line before an edge's attribute line wraps.
    static let edgeLabelWidth = 26
    /// Pieces of evidence quoted in an edge's tooltip before the rest are counted.
    static let evidenceShown = 3

    /// The DOT text of `graph`, ending in a newline.
    public static func export(_ graph: Graph, options: DOTOptions = DOTOptions()) -> String {
        let order = graph.entities.indices.sorted {
            (graph.entities[$0].kind, graph.entities[$0].name, graph.entities[$0].id)
                < (graph.entities[$1].kind, graph.entities[$1].name, graph.entities[$1].id)
        }
        var nodeID = [Int](repeating: 0, count: graph.entities.count)
        for (index, position) in order.enumerated() { nodeID[position] = index + 1 }
        let axis = options.timeline ? TimeAxis(graph) : nil

        var lines = ["// kg: \(graph.entities.count) entities, \(graph.relations.count) relations",
                     "digraph kg {"]
        lines += header(options)
        if let axis { lines += axis.statements(nodeID: nodeID) } // first, so Graphviz puts the axis on the left
        for kind in EntityKind.allCases {
            let members = order.filter { graph.entities[$0].kind == kind }
            guard !members.isEmpty else { continue }
            lines.append("")
            let nodes = members.map { position in
                let emphasis = options.emphasised.contains(graph.entities[position].id) ? ", penwidth=2.5, fontsize=12" : ""
                return "n\(nodeID[position]) [\(nodeAttributes(graph.entities[position]))\(emphasis)];"
            }
            if options.clusterByKind && !options.timeline {
                lines.append("  subgraph cluster_\(kind.rawValue) {")
                lines.append("    label=\(DOTString.quoted(kind.rawValue)); style=\"rounded\"; color=\"#bbbbbb\"; fontcolor=\"#555555\";")
                lines += nodes.map { "    " + $0 }
                lines.append("  }")
            } else {
                lines.append("  // \(kind.rawValue)")
                lines += nodes.map { "  " + $0 }
            }
        }
        if !graph.relations.isEmpty {
            lines.append("")
            lines.append("  // relations")
        }
        for bundle in bundles(graph, nodeID: nodeID) {
            let subject = graph.subject(of: bundle[0]), object = graph.object(of: bundle[0])
            var attributes = edgeAttributes(bundle.map { graph.relations[$0] }, from: graph.entities[subject], to: graph.entities[object])
            if let axis, axis.isDated(subject), axis.isDated(object) { attributes += ", constraint=false" }
            lines.append("  n\(nodeID[subject]) -> n\(nodeID[object]) [\(attributes)];")
        }
        if options.legend { lines += legend(Set(graph.entities.map(\.kind))) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func header(_ options: DOTOptions) -> [String] {
        var graphLine = "  graph [rankdir=\(options.rankDirection.rawValue), fontname=\"Helvetica\", "
            + "nodesep=0.3, ranksep=0.5, newrank=true"
        if let title = options.title {
            graphLine += ", label=\(DOTString.quoted(title)), labelloc=t, fontsize=16"
        }
        return [graphLine + "];",
                "  node [fontname=\"Helvetica\", fontsize=10, margin=\"0.12,0.06\"];",
                "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#666666\", fontcolor=\"#333333\", arrowsize=0.7];"]
    }

    private static func nodeAttributes(_ entity: Entity) -> String {
        var tooltip = ["\(entity.name) (\(entity.kind.rawValue))"]
        if !entity.aliases.isEmpty { tooltip.append("also: " + entity.aliases.joined(separator: "; ")) }
        tooltip += entity.attributes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        return "label=\(DOTString.quoted(DOTString.wrapped(entity.name, width: nodeLabelWidth))), "
            + DOTStyle.of(entity.kind).attributes
            + ", tooltip=\(DOTString.quoted(tooltip.joined(separator: "\n")))"
    }

    /// The predicate and, under it, the attribute that matters for reading the edge.
    static func edgeLabel(_ relation: Relation) -> String {
        guard let detail = edgeDetail(relation) else { return relation.predicate.rawValue }
        return relation.predicate.rawValue + "\n" + DOTString.wrapped(detail, width: edgeLabelWidth)
    }

    /// "rating or role, date", or nil when the relation has none of them.
    private static func edgeDetail(_ relation: Relation) -> String? {
        let detail = [relation.attributes["rating"] ?? relation.attributes["role"], relation.attributes["date"]]
            .compactMap { $0 }.joined(separator: ", ")
        return detail.isEmpty ? nil : detail
    }

    /// Relations grouped by (subject, object), in node order: parallel relations share one
    /// arrow with one label line per predicate, which keeps busy hubs legible.
    private static func bundles(_ graph: Graph, nodeID: [Int]) -> [[Int]] {
        let ordered = graph.relations.indices.sorted {
            (nodeID[graph.subject(of: $0)], nodeID[graph.object(of: $0)], graph.relations[$0].predicate)
                < (nodeID[graph.subject(of: $1)], nodeID[graph.object(of: $1)], graph.relations[$1].predicate)
        }
        var bundles: [[Int]] = []
        for position in ordered {
            if let last = bundles.last?.last, graph.subject(of: last) == graph.subject(of: position),
               graph.object(of: last) == graph.object(of: position) {
                bundles[bundles.count - 1].append(position)
            } else {
                bundles.append([position])
            }
        }
        return bundles
    }

    private static func edgeAttributes(_ relations: [Relation], from subject: Entity, to object: Entity) -> String {
        // One relation: the predicate over its detail. Several: one "predicate: detail" line each.
        let label = relations.count == 1 ? edgeLabel(relations[0]) : relations.map { relation in
            DOTString.wrapped(edgeDetail(relation).map { "\(relation.predicate.rawValue): \($0)" } ?? relation.predicate.rawValue,
                              width: edgeLabelWidth)
        }.joined(separator: "\n")
        let tooltip = relations.map { edgeTooltip($0, from: subject, to: object) }.joined(separator: "\n\n")
        return "label=\(DOTString.quoted(label)), tooltip=\(DOTString.quoted(tooltip))"
    }

    private static func edgeTooltip(_ relation: Relation, from subject: Entity, to object: Entity) -> String {
        var tooltip = ["\(subject.name) → \(relation.predicate.rawValue) → \(object.name)"]
        tooltip += relation.attributes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        for evidence in relation.evidence.prefix(evidenceShown) {
            tooltip.append("“\(evidence.text)” (\(evidence.doc))")
        }
        if relation.evidence.count > evidenceShown {
            tooltip.append("… and \(relation.evidence.count - evidenceShown) more sentences")
        }
        if !relation.rule.isEmpty {
            tooltip.append("rule \(relation.rule), confidence \(String(format: "%.2f", relation.confidence))")
        }
        return tooltip.joined(separator: "\n")
    }

    private static func legend(_ kinds: Set<EntityKind>) -> [String] {
        let shown = EntityKind.allCases.filter(kinds.contains)
        guard !shown.isEmpty else { return [] }
        var lines = ["", "  subgraph cluster_legend {",
                     "    label=\"legend\"; style=\"rounded\"; color=\"#bbbbbb\"; fontcolor=\"#555555\"; fontsize=9;"]
        for (index, kind) in shown.enumerated() {
            lines.append("    legend\(index + 1) [label=\(DOTString.quoted(kind.rawValue)), \(DOTStyle.of(kind).attributes), fontsize=9];")
        }
        if shown.count > 1 {
            lines.append("    " + shown.indices.map { "legend\($0 + 1)" }.joined(separator: " -> ") + " [style=invis];")
        }
        lines.append("  }")
        return lines
    }
}
