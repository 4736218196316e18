extension SentenceView {
    /// The nearest mention of one of `kinds` ending at or before `index` that can be the subject
    /// of a verb there: not the object of a preposition ("In a letter to Ofsted chief Dr Jo
    /// Bloggs, the trust said ...": Dr Jo Bloggs is not who said it).
    func subject(before index: Int, _ kinds: Set<EntityKind>) -> ResolvedMention? {
        var limit = index
        while let candidate = before(limit, kinds) {
            if !isGoverned(candidate) { return candidate }
            limit = candidate.tokens.lowerBound
        }
        return nil
    }

    /// True when a preposition stands at most four words before `mention`, with no punctuation
    /// between ("to Ofsted chief Dr Jo Bloggs", "an inquiry into Barset Council").
    func isGoverned(_ mention: ResolvedMention) -> Bool {
        var index = mention.tokens.lowerBound - 1
        while index >= sentence.tokens.lowerBound, mention.tokens.lowerBound - index <= 4, tokens[index].shape != .punctuation {
            if Self.governing.contains(tokens[index].stem) { return true }
            index -= 1
        }
        return false
    }

    private static let governing: Set<String> = ["into", "of", "on", "about", "at", "with", "from", "for", "to", "over", "in",
                                                 "against"]
}
