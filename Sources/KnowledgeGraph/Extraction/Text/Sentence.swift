/// A sentence of an article: a range of its tokens and the scalar offsets it spans.
public struct Sentence: Sendable, Equatable {
    /// The tokens of the sentence, as indices into the article's token array.
    public let tokens: Range<Int>
    /// Offset of the first scalar in the original text.
    public let start: Int
    /// Offset one past the last scalar.
    public let end: Int

    /// Creates a sentence over `tokens` spanning `start..<end`.
    public init(tokens: Range<Int>, start: Int, end: Int) {
        self.tokens = tokens
        self.start = start
        self.end = end
    }
}
