import Foundation

/// Reads enough of a half-typed query to say where the word at the cursor begins and
/// whether it stands where a predicate goes. Used only by `Completer`, so it is forgiving:
/// it never fails, it guesses.
enum QueryContext {
    /// Characters that end a word in a query.
    private static let separators: Set<Character> = [",", "(", ")", "[", "]", "{", "}", "|", ">", "="]

    /// The offset where the word ending at the end of `characters` begins: after the open
    /// quote when inside one, else after whitespace, a separator or a `<-` arrow.
    static func wordStart(in characters: [Character]) -> Int {
        if let quote = openQuote(in: characters) { return quote }
        var start = characters.count
        while start > 0 {
            let previous = characters[start - 1]
            if previous.isWhitespace || separators.contains(previous) { break }
            if previous == "-", start >= 2, characters[start - 2] == "<" { break }
            start -= 1
        }
        return start
    }

    /// Where a bare, possibly several-word name ending at the cursor begins: walks back from
    /// `wordStart` over words and single spaces, and skips a leading `path` keyword.
    static func bareNameStart(in characters: [Character], wordStart: Int) -> Int {
        var start = wordStart
        while start > 0 {
            let previous = characters[start - 1]
            let isWordPart = previous.isLetter || previous.isNumber || "_'\u{2019}".contains(previous)
                || (previous == "-" && !(start >= 2 && characters[start - 2] == "<"))
            guard isWordPart || previous == " " else { break }
            start -= 1
        }
        while start < wordStart, characters[start] == " " { start += 1 }
        let text = String(characters[start..<wordStart])
        if text.lowercased().hasPrefix("path ") { start += 5 }
        while start < wordStart, characters[start] == " " { start += 1 }
        return start
    }

    /// True when a node term goes here: at the start, or after a closing arrow, a comma, `..`
    /// or the keyword `path` (call after `expectsPredicate` said no).
    static func expectsNode(before characters: [Character]) -> Bool {
        let text = String(characters).trimmingCharacters(in: .whitespaces)
        if text.isEmpty || text.hasSuffix(",") || text.hasSuffix("..") || text.hasSuffix("->") || text.hasSuffix("<-") { return true }
        return text.split(separator: " ").last?.lowercased() == "path"
    }

    /// The offset of an unclosed double quote, if the text ends inside one.
    static func openQuote(in characters: [Character]) -> Int? {
        var open: Int?
        for (index, character) in characters.enumerated() where character == "\"" {
            open = open == nil ? index : nil
        }
        return open
    }

    /// True when the text before the word ends with `|` or with the opening arrow of an edge
    /// (`a -> p -> b`: the first `->` of a pair opens, the second closes), counted within the
    /// current comma-separated pattern and outside quotes.
    static func expectsPredicate(before characters: [Character]) -> Bool {
        var arrows = 0
        var lastSignificant: Character?
        var inQuote = false
        for (index, character) in characters.enumerated() {
            if character == "\"" { inQuote.toggle() }
            if inQuote { continue }
            if character == "," { arrows = 0 }
            let isArrow = index > 0 && ((characters[index - 1] == "-" && character == ">") || (characters[index - 1] == "<" && character == "-"))
            if isArrow { arrows += 1 }
            if !character.isWhitespace { lastSignificant = isArrow ? "→" : character }
        }
        if lastSignificant == "|" { return true }
        return lastSignificant == "→" && arrows % 2 == 1
    }
}
