extension SentenceView {
    /// The person or body named after "by" at `index` - 1: right after it or after one word ("by
    /// Dr Okafor", "by the Westshire Board"), or after up to three lower-case words that describe
    /// it ("by senior midwife Ann Wood").
    func agent(after index: Int, _ kinds: Set<EntityKind>) -> ResolvedMention? {
        guard let agent = after(index, kinds) else { return nil }
        let gap = index..<agent.tokens.lowerBound
        guard gap.count > 1 else { return agent }
        guard gap.count <= 3 else { return nil }
        return gap.allSatisfy({ tokens[$0].shape == .word && !tokens[$0].isCapitalised || tokens[$0].stem == "the" })
            && !mentions.contains(where: { gap.contains($0.tokens.lowerBound) }) ? agent : nil
    }
}
