/// One sentence with its tokens and resolved mentions, and the look-ups every relation
/// rule needs: cue phrases, the nearest mention of some kinds before or after a position,
/// quoted spans.
public struct SentenceView: Sendable {
    /// The sentence's index in the article.
    public let number: Int
    /// The sentence.
    public let sentence: Sentence
    /// All tokens of the article.
    public let tokens: [Token]
    /// The sentence's mentions in text order.
    public let mentions: [ResolvedMention]
    /// The article's entities.
    public let entities: [ResolvedEntity]
    /// The stems of the sentence's tokens, so a cue absent from the sentence costs one probe.
    public let stems: Set<String>

    /// Creates a view; `stems` are the stems of the sentence's tokens.
    public init(number: Int, sentence: Sentence, tokens: [Token], mentions: [ResolvedMention], entities: [ResolvedEntity],
                stems: Set<String>) {
        self.number = number
        self.sentence = sentence
        self.tokens = tokens
        self.mentions = mentions
        self.entities = entities
        self.stems = stems
    }

    /// The token ranges where one of `phrases` (lower-case word lists) occurs.
    public func find(_ phrases: [[String]]) -> [Range<Int>] {
        let present = phrases.filter { stems.contains($0[0]) }
        guard !present.isEmpty else { return [] }
        var found: [Range<Int>] = []
        for index in sentence.tokens {
            for phrase in present where index + phrase.count <= sentence.tokens.upperBound {
                var matches = true
                for (offset, word) in phrase.enumerated() where tokens[index + offset].stem != word {
                    matches = false
                    break
                }
                if matches { found.append(index..<index + phrase.count); break }
            }
        }
        return found
    }

    /// The kind of a mention's entity.
    public func kind(_ mention: ResolvedMention) -> EntityKind { entities[mention.entity].kind }

    /// The nearest mention of one of `kinds` ending at or before `index`.
    public func before(_ index: Int, _ kinds: Set<EntityKind>) -> ResolvedMention? {
        let candidates = mentions.filter { $0.tokens.upperBound <= index && kinds.contains(kind($0)) }
        guard let end = candidates.map(\.tokens.upperBound).max() else { return nil }
        return candidates.filter { $0.tokens.upperBound == end }.max { $0.tokens.count < $1.tokens.count }
    }

    /// The nearest mention of one of `kinds` starting at or after `index`.
    public func after(_ index: Int, _ kinds: Set<EntityKind>) -> ResolvedMention? {
        let candidates = mentions.filter { $0.tokens.lowerBound >= index && kinds.contains(kind($0)) }
        guard let first = candidates.first else { return nil }
        return candidates.filter { $0.tokens.lowerBound == first.tokens.lowerBound }.max { $0.tokens.count < $1.tokens.count }
    }

    /// The spans between matching double or single quotes, as token ranges without the quotes;
    /// a mark stuck to the word before it opens nothing (the apostrophe of "the parents' view").
    public func quotations() -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: (index: Int, mark: Unicode.Scalar)?
        for index in sentence.tokens where tokens[index].shape == .punctuation {
            guard let mark = tokens[index].text.unicodeScalars.first, mark == "\"" || mark == "'" else { continue }
            if let current = open, current.mark == mark {
                if index > current.index + 1 { spans.append(current.index + 1..<index) }
                open = nil
            } else if open == nil, !(index > sentence.tokens.lowerBound && tokens[index - 1].shape == .word
                                      && tokens[index - 1].end == tokens[index].start) {
                open = (index, mark)
            }
        }
        return spans
    }

    /// The words of `range` joined by spaces, with spaces dropped before punctuation.
    public func text(_ range: Range<Int>) -> String {
        var result = ""
        for index in range {
            let token = tokens[index]
            if !result.isEmpty, token.shape != .punctuation || token.text == "(" || token.text == "&" { result += " " }
            result += token.text
        }
        return result
    }
}
