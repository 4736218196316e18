/// Splits one line of a diagram list into words the way a shell would for simple cases:
/// spaces separate words, and "double" or 'single' quotes keep spaces inside one word.
enum CommandLineWords {
    /// The words of `line`; throws `ExportOptionError` for a quote that is never closed.
    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if let open = quote { throw ExportOptionError("the quote \(open) is never closed") }
        if inWord { words.append(current) }
        return words
    }
}
