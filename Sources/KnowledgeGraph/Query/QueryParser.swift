/// Turns tokens into a `Query` by recursive descent, one method per grammar rule of
/// docs/QUERY.md. Predicates and kinds are checked here, against the schema; names are
/// resolved later, against a graph, by `QueryPlanner`.
public struct QueryParser {
    /// Words with a meaning of their own; a name that is one of them must be quoted.
    public static let keywords = ["all", "and", "count", "distinct", "limit", "path", "where"]
    /// The longest variable-length edge (`{m,n}`) a query may ask for.
    public static let maximumHops = 10

    private let tokens: [QueryToken]
    private var index = 0

    private init(tokens: [QueryToken]) {
        self.tokens = tokens
    }

    /// Parses `text`; the error points at the first token that does not fit the grammar.
    public static func parse(_ text: String) throws(QueryError) -> Query {
        var parser = QueryParser(tokens: try QueryLexer.tokens(of: text))
        return try parser.query()
    }

    // MARK: query = ( "path" node ".." node | pattern { "," pattern } [ where ] ) { modifier }

    private mutating func query() throws(QueryError) -> Query {
        if current.kind == .end {
            throw QueryError("empty query: write a pattern such as 'Casey -> recommended -> ?' or 'path A .. B'", at: current.range)
        }
        var query: Query
        if isKeyword("path") {
            index += 1
            query = Query(body: try pathBody())
        } else {
            query = Query(body: try matchBody())
        }
        try modifiers(of: &query)
        guard current.kind == .end else {
            let allowed = query.isPath ? "'all', 'limit', 'count', 'distinct'" : "',', 'where', 'limit', 'count', 'distinct'"
            throw QueryError("expected \(allowed) or the end of the query, found \(current.spelling)", at: current.range)
        }
        return query
    }

    private mutating func pathBody() throws(QueryError) -> Query.Body {
        let from = try node()
        guard current.kind == .dotDot else {
            throw QueryError("expected '..' between the two ends of a path (path A .. B), found \(current.spelling)", at: current.range)
        }
        index += 1
        let to = try node()
        for end in [from, to] {
            guard case .name = end.term else {
                throw QueryError("a path needs a named entity at each end (path Casey .. Ofsted)", at: end.range)
            }
        }
        return .path(from: from, to: to, all: false)
    }

    private mutating func matchBody() throws(QueryError) -> Query.Body {
        var patterns = [try pattern()]
        while current.kind == .comma {
            index += 1
            patterns.append(try pattern())
        }
        var conditions: [Query.Condition] = []
        if isKeyword("where") {
            index += 1
            conditions.append(try condition())
            while isKeyword("and") {
                index += 1
                conditions.append(try condition())
            }
        }
        let declared = Set(patterns.flatMap(\.nodes).compactMap(\.variableName))
        for condition in conditions {
            if let variable = condition.variable, !declared.contains(variable) {
                throw QueryError("unknown variable ?\(variable): a where condition can only use variables of the patterns", at: condition.range)
            }
        }
        return .match(patterns: patterns, conditions: conditions)
    }

    private mutating func modifiers(of query: inout Query) throws(QueryError) {
        while case .word(let word) = current.kind {
            switch word.lowercased() {
            case "distinct": query.distinct = true
            case "count": query.count = true
            case "all":
                guard case .path(let from, let to, _) = query.body else {
                    throw QueryError("'all' only applies to path queries (path A .. B all)", at: current.range)
                }
                query.body = .path(from: from, to: to, all: true)
            case "limit":
                index += 1
                guard case .number(let limit) = current.kind, limit > 0 else {
                    throw QueryError("expected a positive whole number after 'limit', found \(current.spelling)", at: current.range)
                }
                query.limit = limit
            default:
                return
            }
            index += 1
        }
    }

    // MARK: pattern = node { edge node }

    private mutating func pattern() throws(QueryError) -> Query.Pattern {
        var pattern = Query.Pattern(start: try node())
        while current.kind == .rightArrow || current.kind == .leftArrow {
            let edge = try self.edge()
            if current.kind == .end {
                throw QueryError("dangling arrow: expected a node after '\(edge.forward ? "->" : "<-")'", at: current.range)
            }
            pattern.steps.append(Query.Step(edge: edge, node: try node()))
        }
        return pattern
    }

    // MARK: node = ( "?" [ident] | "_" | name ) [ ":" kind ]

    private mutating func node() throws(QueryError) -> Query.Node {
        let start = current.range.lowerBound
        var term: Query.Node.Term
        switch current.kind {
        case .variable(let name):
            term = .variable(name)
            index += 1
        case .underscore:
            term = .hidden
            index += 1
        case .string(let text) where !text.isEmpty:
            term = .name(text)
            index += 1
        case .word, .number:
            guard let words = bareWords() else {
                throw QueryError("expected a node, found the keyword \(current.spelling); quote it to use it as a name", at: current.range)
            }
            term = .name(words)
        default:
            throw QueryError("expected a node (a name, \"quoted name\", ?, ?x or _), found \(current.spelling)", at: current.range)
        }
        var node = Query.Node(term, range: start..<tokens[index - 1].range.upperBound)
        if current.kind == .colon {
            index += 1
            node.kind = try kind()
            node.range = start..<tokens[index - 1].range.upperBound
        }
        return node
    }

    private mutating func kind() throws(QueryError) -> EntityKind {
        let kinds = EntityKind.allCases.map(\.rawValue)
        guard case .word(let word) = current.kind else {
            throw QueryError("expected a kind after ':' (\(kinds.joined(separator: ", "))), found \(current.spelling)", at: current.range)
        }
        guard let kind = EntityKind(rawValue: word.lowercased()) else {
            let hint = NameSuggester.suggestions(for: word, among: kinds, limit: 1).first.map { "did you mean '\($0)'? " } ?? ""
            throw QueryError("unknown kind '\(word)'; \(hint)kinds are \(kinds.joined(separator: ", "))", at: current.range)
        }
        index += 1
        return kind
    }

    /// Consecutive words and numbers that are not keywords, joined by single spaces; nil at a keyword.
    private mutating func bareWords() -> String? {
        var words: [String] = []
        while !isAnyKeyword {
            switch current.kind {
            case .word(let word): words.append(word)
            case .number(let number): words.append(String(number))
            default: return words.joined(separator: " ")
            }
            index += 1
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    // MARK: edge = "->" spec "->" | "<-" spec "<-" ; spec = ( "*" | predicate { "|" predicate } ) [ repeat ]

    private mutating func edge() throws(QueryError) -> Query.Edge {
        let opening = current
        let forward = opening.kind == .rightArrow
        let arrow = forward ? "->" : "<-"
        index += 1
        var edge = Query.Edge(forward: forward, predicates: [], range: opening.range)
        switch current.kind {
        case .star:
            index += 1
            if case .number = current.kind { try dottedRepeat(of: &edge) }
        case .word:
            edge.predicates.append(try predicate())
            while current.kind == .pipe {
                index += 1
                edge.predicates.append(try predicate())
            }
        case .end:
            throw QueryError("dangling arrow: expected a predicate or '*' after '\(arrow)'", at: current.range)
        default:
            throw QueryError("expected a predicate or '*' after '\(arrow)', found \(current.spelling)", at: current.range)
        }
        if current.kind == .openBrace {
            try bracedRepeat(of: &edge)
        } else if current.kind == .star {
            index += 1
            try dottedRepeat(of: &edge)
        }
        guard current.kind == opening.kind else {
            if current.kind == .rightArrow || current.kind == .leftArrow {
                throw QueryError("an edge that opens with '\(arrow)' must close with '\(arrow)'", at: current.range)
            }
            throw QueryError("expected '\(arrow)' to close the edge, found \(current.spelling)", at: current.range)
        }
        index += 1
        edge.range = opening.range.lowerBound..<tokens[index - 1].range.upperBound
        return edge
    }

    private mutating func predicate() throws(QueryError) -> Predicate {
        guard case .word(let word) = current.kind else {
            throw QueryError("expected a predicate after '|', found \(current.spelling)", at: current.range)
        }
        guard let predicate = Predicate(rawValue: word.lowercased()) else {
            let names = Predicate.allCases.map(\.rawValue)
            let hint = NameSuggester.suggestions(for: word, among: names, limit: 1).first
            let advice = hint.map { "did you mean '\($0)'?" } ?? "predicates are \(names.joined(separator: ", "))"
            throw QueryError("unknown predicate '\(word)'; \(advice)", at: current.range)
        }
        index += 1
        return predicate
    }

    /// `{n}` or `{m,n}` after the predicates.
    private mutating func bracedRepeat(of edge: inout Query.Edge) throws(QueryError) {
        let open = current.range.lowerBound
        index += 1
        let low = try hopCount(after: "'{'")
        var high = low
        if current.kind == .comma {
            index += 1
            high = try hopCount(after: "','")
        }
        guard current.kind == .closeBrace else {
            throw QueryError("expected '}' to close the repetition {m,n}, found \(current.spelling)", at: current.range)
        }
        index += 1
        try setHops(low, high, of: &edge, range: open..<tokens[index - 1].range.upperBound)
    }

    /// `m..n` after a `*`.
    private mutating func dottedRepeat(of edge: inout Query.Edge) throws(QueryError) {
        let open = current.range.lowerBound
        let low = try hopCount(after: "'*'")
        guard current.kind == .dotDot else {
            throw QueryError("expected '..' in the repetition *m..n, found \(current.spelling)", at: current.range)
        }
        index += 1
        let high = try hopCount(after: "'..'")
        try setHops(low, high, of: &edge, range: open..<tokens[index - 1].range.upperBound)
    }

    private mutating func hopCount(after what: String) throws(QueryError) -> Int {
        guard case .number(let count) = current.kind else {
            throw QueryError("bad repetition: expected a number of hops after \(what), found \(current.spelling)", at: current.range)
        }
        index += 1
        return count
    }

    private func setHops(_ low: Int, _ high: Int, of edge: inout Query.Edge, range: Range<Int>) throws(QueryError) {
        guard low >= 1 else { throw QueryError("bad repetition: an edge spans at least 1 hop", at: range) }
        guard low <= high else { throw QueryError("bad repetition: the minimum \(low) is larger than the maximum \(high)", at: range) }
        guard high <= QueryParser.maximumHops else {
            throw QueryError("bad repetition: at most \(QueryParser.maximumHops) hops are allowed", at: range)
        }
        edge.minHops = low
        edge.maxHops = high
    }

    // MARK: condition = ( variable "." attribute | attribute ) comparison value

    private mutating func condition() throws(QueryError) -> Query.Condition {
        let start = current.range.lowerBound
        var variable: String?
        if case .variable(let name) = current.kind {
            guard let name else {
                throw QueryError("name the variable to filter on it (?e ... where ?e.date = \"2015\")", at: current.range)
            }
            variable = name
            index += 1
            guard current.kind == .dot else {
                throw QueryError("expected '.' and an attribute after ?\(name) (?\(name).date), found \(current.spelling)", at: current.range)
            }
            index += 1
        }
        guard case .word(let attribute) = current.kind, !isAnyKeyword else {
            throw QueryError("expected an attribute such as ?e.date or role, found \(current.spelling)", at: current.range)
        }
        index += 1
        guard case .comparison(let symbol) = current.kind, let comparison = Query.Comparison(rawValue: symbol) else {
            throw QueryError("expected a comparison (=, !=, <, <=, >, >=, ~) after '\(attribute)', found \(current.spelling)", at: current.range)
        }
        index += 1
        let value: String
        if case .string(let text) = current.kind {
            value = text
            index += 1
        } else if let words = bareWords(), !words.isEmpty {
            value = words
        } else {
            throw QueryError("expected a value (a word, number or \"quoted text\") after '\(symbol)', found \(current.spelling)", at: current.range)
        }
        return Query.Condition(variable: variable, attribute: attribute.lowercased(), comparison: comparison, value: value,
                               range: start..<tokens[index - 1].range.upperBound)
    }

    // MARK: helpers

    private var current: QueryToken { tokens[index] }

    private func isKeyword(_ keyword: String) -> Bool {
        if case .word(let word) = current.kind { return word.lowercased() == keyword }
        return false
    }

    private var isAnyKeyword: Bool {
        if case .word(let word) = current.kind { return QueryParser.keywords.contains(word.lowercased()) }
        return false
    }
}
