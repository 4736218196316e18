/// The time axis of `--timeline`: one axis node per distinct date, earliest first, with each
/// dated event and report ranked beside its date. ISO 8601 dates of any precision sort as
/// text ("2014" < "2014-09" < "2014-11-26"), so no calendar arithmetic is needed.
struct TimeAxis {
    /// Entity positions by the date they are ranked at, earliest first, then the undated.
    private let membersByDate: [(date: String, members: [Int])]
    private let dated: Set<Int>

    /// The axis for `graph`'s events and reports that carry a `date` (or a `start_date`).
    init(_ graph: Graph) {
        var byDate: [String: [Int]] = [:]
        var undated: [Int] = []
        for (position, entity) in graph.entities.enumerated() where entity.kind == .event || entity.kind == .report {
            if let date = entity.attributes["date"] ?? entity.attributes["start_date"] {
                byDate[date, default: []].append(position)
            } else {
                undated.append(position)
            }
        }
        var rows = byDate.keys.sorted().map { (date: $0, members: byDate[$0]!) }
        dated = Set(byDate.values.joined())
        // Undated events and reports get a row of their own after the last date, rather than
        // floating to the top where they would read as the earliest.
        if !undated.isEmpty { rows.append((date: "undated", members: undated)) }
        membersByDate = rows
    }

    /// True when the entity at `position` sits on the axis.
    func isDated(_ position: Int) -> Bool { dated.contains(position) }

    /// The DOT statements drawing the axis, given the entities' node numbers.
    func statements(nodeID: [Int]) -> [String] {
        guard !membersByDate.isEmpty else { return [] }
        var lines = ["", "  // time axis: dated events and reports, earliest first", "  {",
                     "    node [shape=plaintext, fontsize=12, fontcolor=\"#444444\"];",
                     "    edge [color=\"#999999\", penwidth=2, arrowsize=0.8];"]
        for (index, entry) in membersByDate.enumerated() {
            lines.append("    t\(index + 1) [label=\(DOTString.quoted(entry.date))];")
        }
        if membersByDate.count > 1 {
            lines.append("    " + membersByDate.indices.map { "t\($0 + 1)" }.joined(separator: " -> ") + ";")
        }
        lines.append("  }")
        for (index, entry) in membersByDate.enumerated() {
            let members = entry.members.map { "n\(nodeID[$0])" }.sorted { $0.count == $1.count ? $0 < $1 : $0.count < $1.count }
            lines.append("  { rank=same; t\(index + 1); \(members.joined(separator: "; ")); }")
        }
        return lines
    }
}
