/// Splits a query into tokens, the first stage of the query pipeline
/// (lexer → parser → planner → evaluator → formatter).
///
/// Whitespace and `#` comments (to the end of the line) separate tokens and are dropped.
/// Offsets count Unicode scalars, as SCHEMA.md's offsets do, so carets line up under what
/// the user typed and lexing never pays for grapheme breaking.
public struct QueryLexer {
    private let characters: [Unicode.Scalar]
    private var offset = 0

    /// Prepares to tokenize `query`.
    public init(_ query: String) {
        characters = Array(query.unicodeScalars)
    }

    /// All tokens, ending with `.end`; an unterminated string or a stray character is an error.
    public static func tokens(of query: String) throws(QueryError) -> [QueryToken] {
        var lexer = QueryLexer(query)
        var tokens: [QueryToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// The next token.
    public mutating func next() throws(QueryError) -> QueryToken {
        skipSpaceAndComments()
        let start = offset
        guard let character = peek() else { return QueryToken(.end, start..<start) }
        offset += 1
        switch character {
        case "\"", "'": return try string(closedBy: character, from: start)
        case "?":
            let name = consumeWord()
            return QueryToken(.variable(name.isEmpty ? nil : name), start..<offset)
        case "-":
            if consume(">") { return QueryToken(.rightArrow, start..<offset) }
            throw QueryError("unexpected '-': an edge is written '-> predicate ->' or '<- predicate <-'", at: start..<offset)
        case "<":
            if consume("-") { return QueryToken(.leftArrow, start..<offset) }
            return QueryToken(.comparison(consume("=") ? "<=" : "<"), start..<offset)
        case ">": return QueryToken(.comparison(consume("=") ? ">=" : ">"), start..<offset)
        case "=":
            _ = consume("=")
            return QueryToken(.comparison("="), start..<offset)
        case "!":
            if consume("=") { return QueryToken(.comparison("!="), start..<offset) }
            throw QueryError("unexpected '!': did you mean '!=' (not equal)?", at: start..<offset)
        case "~": return QueryToken(.comparison("~"), start..<offset)
        case ".": return QueryToken(consume(".") ? .dotDot : .dot, start..<offset)
        case "*": return QueryToken(.star, start..<offset)
        case "|": return QueryToken(.pipe, start..<offset)
        case "{": return QueryToken(.openBrace, start..<offset)
        case "}": return QueryToken(.closeBrace, start..<offset)
        case ",": return QueryToken(.comma, start..<offset)
        case ":": return QueryToken(.colon, start..<offset)
        default:
            guard QueryLexer.isWordStart(character) else {
                throw QueryError("unexpected character '\(character)'; quote names that contain it (\"...\")", at: start..<offset)
            }
            offset = start
            let word = consumeWord()
            if word == "_" { return QueryToken(.underscore, start..<offset) }
            if word.allSatisfy(\.isASCIIDigit), let number = Int(word) { return QueryToken(.number(number), start..<offset) }
            return QueryToken(.word(word), start..<offset)
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        offset + ahead < characters.count ? characters[offset + ahead] : nil
    }

    private mutating func consume(_ expected: Unicode.Scalar) -> Bool {
        guard peek() == expected else { return false }
        offset += 1
        return true
    }

    private mutating func skipSpaceAndComments() {
        while let character = peek() {
            if character.properties.isWhitespace {
                offset += 1
            } else if character == "#" {
                while let next = peek(), next != "\n" { offset += 1 }
            } else {
                return
            }
        }
    }

    /// Letters, digits and `_`; an apostrophe or hyphen inside a word (`Children's`,
    /// `director-general`) when a letter or digit follows it.
    private mutating func consumeWord() -> String {
        var word = String.UnicodeScalarView()
        while let character = peek() {
            let joinsWord = (character == "'" || character == "\u{2019}" || character == "-") && !word.isEmpty
                && peek(1).map(QueryLexer.isWordStart) == true && peek(1) != "_"
            guard QueryLexer.isWordStart(character) || joinsWord else { break }
            word.append(character)
            offset += 1
        }
        return String(word)
    }

    private mutating func string(closedBy quote: Unicode.Scalar, from start: Int) throws(QueryError) -> QueryToken {
        var text = String.UnicodeScalarView()
        while let character = peek() {
            offset += 1
            if character == quote { return QueryToken(.string(String(text)), start..<offset) }
            if character == "\\", let escaped = peek() {
                offset += 1
                text.append(escaped)
            } else {
                text.append(character)
            }
        }
        throw QueryError("unbalanced quotes: the \(quote) opened here is never closed", at: start..<start + 1)
    }

    private static func isWordStart(_ character: Unicode.Scalar) -> Bool {
        character.properties.isAlphabetic || character.properties.numericType != nil || character == "_"
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
