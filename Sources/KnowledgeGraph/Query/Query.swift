/// The abstract syntax tree of a parsed query: what `QueryParser` produces and
/// `QueryPlanner` consumes.
///
/// A query is either a set of patterns (chains of nodes joined by edges, sharing named
/// variables) with optional `where` conditions, or a `path` search between two named nodes;
/// `limit`, `count` and `distinct` shape the result. `description` prints it back in
/// canonical form, which `--explain` shows.
public struct Query: Equatable, Sendable, CustomStringConvertible {
    /// What the query asks for.
    public enum Body: Equatable, Sendable {
        /// Bindings of the patterns' variables that satisfy every condition.
        case match(patterns: [Pattern], conditions: [Condition])
        /// The shortest path(s) between two nodes, in any direction over any predicate.
        case path(from: Node, to: Node, all: Bool)
    }

    /// A node term: a name, a variable or `_`, optionally with a kind filter.
    public struct Node: Equatable, Sendable {
        /// What the node term says about the entity.
        public enum Term: Equatable, Sendable {
            /// A named entity (`Okafor`, `"Westshire Council"`), resolved against the graph.
            case name(String)
            /// `?` (nil: anonymous) or `?x`; returned as a column.
            case variable(String?)
            /// `_`: matched but not returned.
            case hidden
        }
        /// The term.
        public var term: Term
        /// The kind filter after `:`, if any.
        public var kind: EntityKind?
        /// Where the term is in the query text.
        public var range: Range<Int>
        /// Creates a node term.
        public init(_ term: Term, kind: EntityKind? = nil, range: Range<Int>) {
            self.term = term
            self.kind = kind
            self.range = range
        }
    }

    /// An edge term between two nodes: direction, allowed predicates and hop count.
    public struct Edge: Equatable, Sendable {
        /// `->` follows relations from subject to object, `<-` from object to subject.
        public var forward: Bool
        /// Allowed predicates; empty means any (`*`).
        public var predicates: [Predicate]
        /// The fewest relations the edge may span (1 for a plain edge).
        public var minHops: Int
        /// The most relations the edge may span (1 for a plain edge).
        public var maxHops: Int
        /// Where the edge is in the query text.
        public var range: Range<Int>
        /// Creates an edge term.
        public init(forward: Bool, predicates: [Predicate], minHops: Int = 1, maxHops: Int = 1, range: Range<Int>) {
            self.forward = forward
            self.predicates = predicates
            self.minHops = minHops
            self.maxHops = maxHops
            self.range = range
        }
    }

    /// One edge and the node it leads to, the links of a chain.
    public struct Step: Equatable, Sendable {
        /// The edge from the previous node.
        public var edge: Edge
        /// The node the edge leads to.
        public var node: Node
        /// Creates a step.
        public init(edge: Edge, node: Node) {
            self.edge = edge
            self.node = node
        }
    }

    /// A chain `node (edge node)*`.
    public struct Pattern: Equatable, Sendable {
        /// The first node.
        public var start: Node
        /// The edges and nodes that follow, in order.
        public var steps: [Step]
        /// Creates a chain.
        public init(start: Node, steps: [Step] = []) {
            self.start = start
            self.steps = steps
        }
        /// Every node of the chain, first to last.
        public var nodes: [Node] { [start] + steps.map(\.node) }
    }

    /// A `where` condition on an attribute.
    public struct Condition: Equatable, Sendable {
        /// `?x.attribute` names an entity's attribute; a bare `attribute` names one of the
        /// matched relations' attributes (the condition holds when some relation of the row satisfies it).
        public var variable: String?
        /// The attribute (`date`, `role`; `name`, `kind` and `id` for entities).
        public var attribute: String
        /// The comparison.
        public var comparison: Comparison
        /// The value compared against.
        public var value: String
        /// Where the condition is in the query text.
        public var range: Range<Int>
        /// Creates a condition.
        public init(variable: String?, attribute: String, comparison: Comparison, value: String, range: Range<Int>) {
            self.variable = variable
            self.attribute = attribute
            self.comparison = comparison
            self.value = value
            self.range = range
        }
    }

    /// Comparison operators of `where`; `~` is "contains", ignoring case.
    public enum Comparison: String, CaseIterable, Equatable, Sendable {
        case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", contains = "~"
    }

    /// The patterns or the path search.
    public var body: Body
    /// Keep at most this many rows.
    public var limit: Int?
    /// Return the number of rows instead of the rows.
    public var count: Bool
    /// Drop repeated rows.
    public var distinct: Bool

    /// Creates a query.
    public init(body: Body, limit: Int? = nil, count: Bool = false, distinct: Bool = false) {
        self.body = body
        self.limit = limit
        self.count = count
        self.distinct = distinct
    }

    /// The query in canonical form: one space between terms, names quoted, modifiers last.
    public var description: String {
        var text: String
        switch body {
        case .match(let patterns, let conditions):
            text = patterns.map(\.description).joined(separator: ", ")
            if !conditions.isEmpty { text += " where " + conditions.map(\.description).joined(separator: " and ") }
        case .path(let from, let to, let all):
            text = "path \(from) .. \(to)" + (all ? " all" : "")
        }
        if distinct { text += " distinct" }
        if count { text += " count" }
        if let limit { text += " limit \(limit)" }
        return text
    }
}

extension Query.Node: CustomStringConvertible {
    /// The term as written in canonical form (`"Amara Okafor":person`, `?r:report`, `_`).
    public var description: String {
        let base: String
        switch term {
        case .name(let name): base = Query.quoted(name)
        case .variable(let name): base = "?" + (name ?? "")
        case .hidden: base = "_"
        }
        return base + (kind.map { ":" + $0.rawValue } ?? "")
    }
}

extension Query.Edge: CustomStringConvertible {
    /// The edge as written in canonical form (`-> member_of{1,3} ->`, `<- * <-`).
    public var description: String {
        let arrow = forward ? "->" : "<-"
        var spec = predicates.isEmpty ? "*" : predicates.map(\.rawValue).joined(separator: "|")
        if minHops != 1 || maxHops != 1 { spec += "{\(minHops),\(maxHops)}" }
        return "\(arrow) \(spec) \(arrow)"
    }
}

extension Query.Pattern: CustomStringConvertible {
    /// The chain in canonical form.
    public var description: String {
        ([start.description] + steps.map { "\($0.edge) \($0.node)" }).joined(separator: " ")
    }
}

extension Query.Condition: CustomStringConvertible {
    /// The condition in canonical form (`?e.date >= "2015"`).
    public var description: String {
        (variable.map { "?\($0)." } ?? "") + "\(attribute) \(comparison.rawValue) " + Query.quoted(value)
    }
}

extension Query {
    /// `text` in double quotes, with quotes and backslashes inside escaped as the lexer reads them.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// True for a `path A .. B` query.
    public var isPath: Bool {
        if case .path = body { return true }
        return false
    }
}

extension Query.Node {
    /// The variable's name for `?x`; nil for `?`, `_` and names.
    public var variableName: String? {
        if case .variable(let name) = term { return name }
        return nil
    }
}
