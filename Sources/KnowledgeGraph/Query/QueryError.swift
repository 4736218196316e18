/// A problem with a query — a syntax error, an unknown predicate, kind or name, or an
/// ambiguous name — as a value with the source range it is about.
///
/// `rendered(in:)` prints the offending line with a caret under the range, the way a
/// compiler does, so the user sees where to fix the query.
public struct QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong and, where possible, what was expected or what to do.
    public let message: String
    /// Unicode scalar offsets in the query text that the message is about.
    public let range: Range<Int>

    /// Creates an error about `range`.
    public init(_ message: String, at range: Range<Int>) {
        self.message = message
        self.range = range
    }

    /// The message alone.
    public var description: String { message }

    /// 1-based line and column of the range's start in `query`.
    public func location(in query: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for (offset, scalar) in query.unicodeScalars.enumerated() {
            if offset == range.lowerBound { break }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// The message, then the query line the error is on, then a caret line under the range:
    ///
    ///     error: expected a predicate or '*' after '->'
    ///       Okafor -> -> ?
    ///                ^~
    public func rendered(in query: String) -> String {
        let (line, column) = location(in: query)
        let lines = query.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        var text = lines.indices.contains(line - 1) ? String(String.UnicodeScalarView(lines[line - 1])) : ""
        if text.unicodeScalars.last == "\r" { text.unicodeScalars.removeLast() }
        let width = max(1, min(range.count, text.unicodeScalars.count - column + 1))
        let marker = String(repeating: " ", count: column - 1) + "^" + String(repeating: "~", count: max(0, width - 1))
        let place = lines.count > 1 ? " (line \(line), column \(column))" : " (column \(column))"
        return "error\(place): \(message)\n  \(text)\n  \(marker)"
    }
}
