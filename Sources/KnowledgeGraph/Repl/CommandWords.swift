/// Splits a command's arguments into words: whitespace separates them and double quotes
/// group words with spaces (`:export json "my file.json"`).
enum CommandWords {
    /// An argument list with a quote left open.
    struct UnclosedQuote: Error, CustomStringConvertible {
        var description: String { "a quote is not closed" }
    }

    /// The words of `text`, quotes removed.
    static func split(_ text: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inQuote = false
        var hasWord = false
        for character in text {
            if character == "\"" {
                inQuote.toggle()
                hasWord = true
            } else if character.isWhitespace, !inQuote {
                if hasWord { words.append(current) }
                current = ""
                hasWord = false
            } else {
                current.append(character)
                hasWord = true
            }
        }
        if inQuote { throw UnclosedQuote() }
        if hasWord { words.append(current) }
        return words
    }
}
