/// Reads local elections as dated events located in the council's town: "holding all-out
/// elections 2016" gives "All-out elections (2016)" located in the place the sentence names,
/// else the home town of the article's council.
///
/// Rule: `election`. The elections need a kind word before them (`election-kind` cues:
/// "all-out", "local", "mayoral" ...) and a year in the sentence; "re-election" of a person and
/// a general election (national, not in one town) are not local elections.
public struct ElectionEvents: Sendable {
    private let lexicon: Lexicon

    /// Creates the stage over `lexicon`'s `election-kind` cues.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Adds the election events of every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        let kinds = Set(lexicon.cues("election-kind").map { $0[0] })
        for number in context.sentences.indices {
            let view = context.view(number)
            guard let date = context.dates[number] else { continue }
            for index in view.sentence.tokens where ["election", "elections"].contains(view.tokens[index].stem)
                && index > view.sentence.tokens.lowerBound && kinds.contains(view.tokens[index - 1].stem) {
                let kind = view.tokens[index - 1].stem
                let name = "\(kind.prefix(1).uppercased())\(kind.dropFirst()) \(view.tokens[index].stem) (\(date.prefix(4)))"
                let event = context.entity(.event, named: name, at: index - 1..<index + 1, sentence: number, attributes: ["date": date])
                let place = view.mentions.first { view.kind($0) == .place }?.entity
                    ?? context.mainCouncil.flatMap { context.resolution.homePlace[$0] }
                if let place { context.relate(event, .locatedIn, place, rule: "election", sentence: number, confidence: 0.5) }
            }
        }
    }
}
