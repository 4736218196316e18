/// How an entity kind looks in a diagram: a shape and a colour pair, chosen so that the six
/// kinds stay distinguishable in print and for colour-blind readers (shape alone tells them apart).
public struct DOTStyle: Equatable, Sendable {
    /// Graphviz node shape.
    public let shape: String
    /// Graphviz node style list.
    public let style: String
    /// Fill colour.
    public let fill: String
    /// Outline colour.
    public let outline: String

    /// The style of `kind`.
    public static func of(_ kind: EntityKind) -> DOTStyle {
        switch kind {
        case .person: DOTStyle(shape: "ellipse", style: "filled", fill: "#dbe8f7", outline: "#2f5f98")
        case .body: DOTStyle(shape: "box", style: "rounded,filled", fill: "#fde6cc", outline: "#b35c00")
        case .report: DOTStyle(shape: "note", style: "filled", fill: "#fff4bf", outline: "#9a7b00")
        case .event: DOTStyle(shape: "hexagon", style: "filled", fill: "#e6dcf2", outline: "#5b3f8c")
        case .place: DOTStyle(shape: "house", style: "filled", fill: "#dcefd8", outline: "#3a7230")
        case .concept: DOTStyle(shape: "box", style: "dashed,filled", fill: "#f2f2f2", outline: "#666666")
        }
    }

    /// The DOT attributes that draw this style (names and values are fixed, never from data).
    public var attributes: String {
        "shape=\(shape), style=\"\(style)\", fillcolor=\"\(fill)\", color=\"\(outline)\""
    }
}
