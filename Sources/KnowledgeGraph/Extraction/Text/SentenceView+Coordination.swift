extension SentenceView {
    /// The mentions coordinated with `subject` before it, nearest last: "Ann Wood, Home Secretary
    /// Jo Bloggs and council leader Ed Smith have all called for ..." gives Ann Wood and Jo Bloggs
    /// for Ed Smith. Between two coordinated names there are only a comma or "and" and at
    /// most three title or role words.
    func coordinated(with subject: ResolvedMention) -> [ResolvedMention] {
        let kind = self.kind(subject)
        var result: [ResolvedMention] = []
        var current = subject
        while let previous = mentions.last(where: { $0.tokens.upperBound <= current.tokens.lowerBound && self.kind($0) == kind
                && !$0.isReference }) {
            let gap = previous.tokens.upperBound..<current.tokens.lowerBound
            let joined = gap.contains { tokens[$0].isMark(",") || tokens[$0].stem == "and" }
            let words = gap.filter { tokens[$0].shape == .word && tokens[$0].stem != "and" }
            guard joined, gap.count <= 5, words.count <= 3,
                  !words.contains(where: { !tokens[$0].isCapitalised && !Self.roleWords.contains(tokens[$0].stem) }) else { break }
            result.insert(previous, at: 0)
            current = previous
        }
        return result
    }

    private static let roleWords: Set<String> = ["leader", "secretary", "minister", "chairman", "chair", "mayor", "mp",
                                                 "councillor", "spokesman", "spokeswoman", "chief", "executive", "director"]
}
