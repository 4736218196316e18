/// One lexical unit of a query, with the range of source characters it came from so
/// errors can point at it.
public struct QueryToken: Equatable, Sendable {
    /// What kind of token this is.
    public enum Kind: Equatable, Sendable {
        /// A bare word: a name part, predicate, kind, keyword or attribute (`Okafor`, `member_of`).
        case word(String)
        /// A whole number (`3`, `2015`).
        case number(Int)
        /// A quoted string, quotes removed (`"Amara Okafor"`).
        case string(String)
        /// `?` alone (`nil`) or a named variable `?x` (`"x"`).
        case variable(String?)
        /// `_`, a node that is matched but not returned.
        case underscore
        /// `->`
        case rightArrow
        /// `<-`
        case leftArrow
        /// `*`
        case star
        /// `|`
        case pipe
        /// `{`
        case openBrace
        /// `}`
        case closeBrace
        /// `,`
        case comma
        /// `:`
        case colon
        /// `.`
        case dot
        /// `..`
        case dotDot
        /// A comparison: `=`, `!=`, `<`, `<=`, `>`, `>=` or `~`.
        case comparison(String)
        /// The end of the query.
        case end
    }

    /// The token's kind and value.
    public let kind: Kind
    /// The offsets (in the query string's Unicode scalars) the token covers.
    public let range: Range<Int>

    /// Creates a token covering `range`.
    public init(_ kind: Kind, _ range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// The token as a user would write it, for "found …" in error messages.
    public var spelling: String {
        switch kind {
        case .word(let word): return "'\(word)'"
        case .number(let number): return "'\(number)'"
        case .string(let text): return "\"\(text)\""
        case .variable(let name): return "'?\(name ?? "")'"
        case .underscore: return "'_'"
        case .rightArrow: return "'->'"
        case .leftArrow: return "'<-'"
        case .star: return "'*'"
        case .pipe: return "'|'"
        case .openBrace: return "'{'"
        case .closeBrace: return "'}'"
        case .comma: return "','"
        case .colon: return "':'"
        case .dot: return "'.'"
        case .dotDot: return "'..'"
        case .comparison(let symbol): return "'\(symbol)'"
        case .end: return "the end of the query"
        }
    }
}
