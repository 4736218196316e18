/// Reads findings set out as a bulleted list under a sentence that ends in a colon:
///
///     The inspectors found:
///       • a culture of silence around complaints;
///       • weak oversight of the care homes.
///
/// Rule `finding-list`: the finder is the report or person of the introducing sentence (the
/// report named just before the colon, the owner of "Dr Okafor's report:", the report of the
/// person "her investigation found:" refers to, else the subject of the finding or speech verb), and
/// each indented item names one finding: its quotation of four or more words when it has one
/// ("Confirmed a 'complete failure of leadership'"), else its first clause.
public struct ListFindingExtractor: Sendable {
    private let cues: [[String]], phraseWords: FindingPhrase.Words, reportNouns: Set<String>
    private static let speakers: Set<EntityKind> = [.report, .person, .body]
    /// Scalars between two lines beyond which the second is indented (a line break and a bullet).
    private static let indent = 4
    /// Items read at most after one introducing sentence.
    private static let longestList = 12

    /// Creates the extractor with the finding and speech cues of `lexicon`.
    public init(lexicon: Lexicon) {
        cues = lexicon.cues("find") + lexicon.cues("say")
        phraseWords = FindingPhrase.Words(lexicon: lexicon)
        reportNouns = Set(lexicon.cues("report").flatMap { $0 })
    }

    /// Adds a finding for each item of every list an introducing sentence of `context` opens.
    public func extract(_ context: inout ArticleContext) {
        for number in context.sentences.indices {
            guard let finder = finder(of: context.view(number), context) else { continue }
            for item in items(after: number, in: context) {
                let view = context.view(item)
                let picker = FindingPhrase(view: view, words: phraseWords)
                let start = view.sentence.tokens.lowerBound
                let quote = view.quotations().first { $0.count >= 4 && $0.lowerBound <= start + 3 }
                guard let phrase = quote.flatMap(picker.clause(in:)) ?? picker.clause(after: start) else { continue }
                let name = picker.name(phrase)
                guard name.split(separator: " ").count > 1 else { continue }
                let concept = context.entity(.concept, named: name, at: phrase, sentence: item)
                context.relate(finder, .found, concept, rule: "finding-list", sentence: item, confidence: 0.6)
            }
        }
    }

    /// The finder a sentence ending in a colon introduces: "Dr Okafor's report:", "The report
    /// said the review found:", "She also found:".
    private func finder(of view: SentenceView, _ context: ArticleContext) -> Int? {
        let last = view.sentence.tokens.upperBound - 1
        guard last > view.sentence.tokens.lowerBound, view.tokens[last].isMark(":") else { return nil }
        if let report = view.before(last, [.report]), report.tokens.upperBound == last { return report.entity }
        if reportNouns.contains(view.tokens[last - 1].stem), let owner = view.before(last - 1, Self.speakers),
           owner.tokens.upperBound == last - 1, view.tokens[last - 2].isPossessive {
            return owner.entity
        }
        guard let cue = view.find(cues).last, cue.upperBound == last else { return nil }
        if let owned = ownedReport(before: cue, view, context) { return owned }
        return (view.before(cue.lowerBound, [.report]) ?? view.before(cue.lowerBound, [.person])
            ?? view.before(cue.lowerBound, Self.speakers))?.entity
    }

    /// "her investigation revealed:": the report of the person named last before the sentence
    /// (or that person when the article gives them no report).
    private func ownedReport(before cue: Range<Int>, _ view: SentenceView, _ context: ArticleContext) -> Int? {
        guard cue.lowerBound - 2 >= view.sentence.tokens.lowerBound, reportNouns.contains(view.tokens[cue.lowerBound - 1].stem),
              ["her", "his", "their"].contains(view.tokens[cue.lowerBound - 2].stem) else { return nil }
        let person = stride(from: view.number - 1, through: max(0, view.number - 5), by: -1).lazy.compactMap { number in
            context.resolution.mentions[number].last { context.resolution.entities[$0.entity].kind == .person }?.entity
        }.first
        guard let person else { return nil }
        return context.relations.first { $0.predicate == .authored && $0.subject == person }?.object ?? person
    }

    /// The sentences that start the indented lines right after sentence `number`; sentences
    /// continuing an item's line belong to it and are skipped.
    private func items(after number: Int, in context: ArticleContext) -> [Int] {
        var items: [Int] = []
        var next = number + 1
        while next < context.sentences.count, items.count < Self.longestList {
            let sentence = context.sentences[next]
            if context.tokens[sentence.tokens.lowerBound].startsLine {
                guard sentence.start - context.sentences[next - 1].end >= Self.indent else { break }
                items.append(next)
            }
            next += 1
        }
        return items
    }
}
