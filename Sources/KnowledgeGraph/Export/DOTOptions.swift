/// How `DOTExporter` lays a graph out: direction, grouping, a time axis, the legend and a title.
public struct DOTOptions: Equatable, Sendable {
    /// Graphviz's rank direction.
    public enum RankDirection: String, CaseIterable, Sendable {
        /// Left to right (the default: names read along the edges).
        case leftToRight = "LR"
        /// Top to bottom.
        case topToBottom = "TB"
        /// Right to left.
        case rightToLeft = "RL"
        /// Bottom to top.
        case bottomToTop = "BT"
    }

    /// Direction of the layout.
    public var rankDirection: RankDirection
    /// Draw each entity kind in its own labelled box (`--cluster kind`).
    public var clusterByKind: Bool
    /// Line dated events and reports up along a time axis, earliest first (`--timeline`).
    public var timeline: Bool
    /// Draw a legend of the kinds present.
    public var legend: Bool
    /// A caption for the diagram; nil writes none.
    public var title: String?
    /// Ids of entities drawn with a heavier outline: the centres of an `--around` diagram.
    public var emphasised: Set<String>

    /// Options; the defaults draw left to right with a legend.
    public init(rankDirection: RankDirection = .leftToRight, clusterByKind: Bool = false, timeline: Bool = false,
                legend: Bool = true, title: String? = nil, emphasised: Set<String> = []) {
        self.rankDirection = rankDirection
        self.clusterByKind = clusterByKind
        self.timeline = timeline
        self.legend = legend
        self.title = title
        self.emphasised = emphasised
    }
}
