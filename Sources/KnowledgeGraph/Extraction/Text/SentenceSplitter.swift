/// Splits an article's tokens into sentences.
///
/// A sentence ends at a line break (unless the line is hard-wrapped: the next line starts with
/// a lower-case word, or the line ends with a word that cannot end a sentence, such as "by" or
/// "the"), or at `.`, `!` or `?` followed by a capitalised word, a quote or a number, unless
/// the full stop belongs to an abbreviation ("Mr.", "Prof.") or an initial ("J. Smith").
/// Closing quotes after the stop stay with the sentence.
public struct SentenceSplitter: Sendable {
    private let abbreviations: Set<String>
    private let lineContinuations: Set<String>

    /// Creates a splitter that does not end sentences after `abbreviations` (lower case), nor at
    /// the end of a line whose last word is one of `lineContinuations` (lower case).
    public init(abbreviations: Set<String>, lineContinuations: Set<String>) {
        self.abbreviations = abbreviations
        self.lineContinuations = lineContinuations
    }

    /// Creates a splitter with the abbreviations and line-continuing words of `lexicon`.
    public init(lexicon: Lexicon) {
        self.init(abbreviations: lexicon.abbreviations, lineContinuations: Set(lexicon.cues("continues-line").joined()))
    }

    /// The sentences of `tokens`, in order, covering every token.
    public func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        func close(_ end: Int) {
            guard end > first else { return }
            sentences.append(Sentence(tokens: first..<end, start: tokens[first].start, end: tokens[end - 1].end))
            first = end
        }
        var index = 0
        while index < tokens.count {
            if index > first, tokens[index].startsLine, !continuesWrappedLine(tokens, at: index) { close(index) }
            let token = tokens[index]
            index += 1
            guard token.isMark(".") || token.isMark("!") || token.isMark("?") else { continue }
            if token.isMark("."), index >= 2, isAbbreviation(tokens[index - 2]) { continue }
            while index < tokens.count, !tokens[index].startsLine,
                  tokens[index].isMark("\"") || tokens[index].isMark("'") || tokens[index].isMark(".") || tokens[index].isMark(")") {
                index += 1
            }
            guard index < tokens.count else { break }
            let next = tokens[index]
            if next.startsLine || next.isCapitalised || next.shape == .number || next.isMark("\"") || next.isMark("'") {
                close(index)
            }
        }
        close(tokens.count)
        return sentences
    }

    /// True for a hard-wrapped line: it starts with a lower-case word and the line before ends
    /// in a word or a comma ("the serious case\nreview found"), or the line before ends with a
    /// word that leaves the sentence open ("a trial at\nBarset Crown Court").
    private func continuesWrappedLine(_ tokens: [Token], at index: Int) -> Bool {
        let next = tokens[index], previous = tokens[index - 1]
        if previous.shape == .word, lineContinuations.contains(previous.text.lowercased()) { return true }
        return next.shape == .word && !next.isCapitalised && (previous.shape == .word || previous.isMark(","))
    }

    private func isAbbreviation(_ token: Token) -> Bool {
        guard token.shape == .word else { return false }
        if token.text.count == 1, token.isCapitalised { return true }
        return abbreviations.contains(token.stem)
    }
}
