/// Report mentions found by `MentionDetector`: reports named by what they are about ("a
/// damning review into ...") and reports named after their author ("Okafor's report").
extension MentionDetector {
    /// "a damning report into the neglect of ...", "an independent review", "the serious case
    /// review by ...", "their review of how ...": a report without a named author, named by its
    /// modifiers and what it is into, on or of (also without the modifiers: "review of how ...").
    /// A bare "the report" or "her report" is left to `CoreferenceResolver`; `ReportReferences`
    /// joins a definite one to the report named before it.
    func anonymousReport(at index: Int, tokens: [Token], limit: Int) -> DetectedMention? {
        let opener = tokens[index].stem
        guard Self.reportOpeners.contains(opener), !isCalledFor(index, tokens: tokens) else { return nil }
        var head = index + 1
        while head < limit, head - index <= 4, tokens[head].shape == .word, !tokens[head].isCapitalised,
              !Self.reportWords.contains(tokens[head].stem), !lexicon.stopwords.contains(tokens[head].stem) {
            head += 1
        }
        guard head < limit, Self.reportWords.contains(tokens[head].stem), !tokens[head].isCapitalised else { return nil }
        if opener == "the", head == index + 1 { return nil }
        let short = (index + 1...head).map { tokens[$0].text.lowercased() }.joined(separator: " ")
        var name = short
        var aliases: [String] = []
        var end = head + 1
        if let (topicEnd, topic) = topic(at: end, tokens: tokens, limit: limit) {
            name += " " + topic
            aliases = [short] + (head > index + 1 ? ["\(tokens[head].text.lowercased()) \(topic)"] : [])
            end = topicEnd
        }
        guard end > head + 1 || ["a", "an", "the"].contains(opener) else { return nil }
        return DetectedMention(kind: .report, tokens: index + 1..<end, name: name, form: .full, aliases: aliases)
    }

    /// "into the death of a boy in Leeds" at `start`: what a report is into, on or of, up to 14
    /// words, to the end of the clause; nil for fewer than three words.
    func topic(at start: Int, tokens: [Token], limit: Int) -> (end: Int, topic: String)? {
        guard start + 1 < limit, ["into", "on", "of"].contains(tokens[start].stem) else { return nil }
        var words: [String] = [tokens[start].stem]
        var next = start + 1
        while next < limit, tokens[next].shape != .punctuation, words.count < 14, !Self.clauseWords.contains(tokens[next].stem) {
            if !(tokens[next].text.contains("-") && tokens[next].stem.contains("year")) { words.append(tokens[next].text) }
            next += 1
        }
        while words.count > 1, let last = words.last, lexicon.stopwords.contains(last.lowercased()) {
            words.removeLast()
            next -= 1
        }
        return words.count >= 3 ? (next, words.joined(separator: " ")) : nil
    }

    /// "A Serious Case Review into the death of ...": a capitalised report name with what it is
    /// into, which names it whole (the short name kept as an alias).
    func withTopic(_ report: DetectedMention, tokens: [Token], limit: Int) -> DetectedMention {
        guard report.kind == .report, let (end, topic) = topic(at: report.tokens.upperBound, tokens: tokens, limit: limit)
        else { return report }
        let written = report.tokens.map { tokens[$0].text }.joined(separator: " ")
        return DetectedMention(kind: .report, tokens: report.tokens.lowerBound..<end, name: "\(written) \(topic)", form: .full,
                               aliases: report.aliases + [report.name])
    }

    /// True after "call for", "demanded", "urged": an inquiry that is asked for is no report yet.
    private func isCalledFor(_ index: Int, tokens: [Token]) -> Bool {
        guard index > 0 else { return false }
        if Self.demandVerbs.contains(tokens[index - 1].stem) { return true }
        return index > 1 && tokens[index - 1].stem == "for" && ["call", "calls", "called", "calling"].contains(tokens[index - 2].stem)
    }

    private static let demandVerbs: Set<String> = ["demanded", "demands", "demand", "demanding", "urged", "urges", "want", "wants",
                                                   "wanted", "sought", "seeking", "seeks"]

    /// "2014" in "the 2014 Ofsted report" or "Ofsted's 2014 report": a year, which names a body's report.
    private static func year(_ token: Token) -> String? {
        token.shape == .number && token.text.count == 4 && (token.text.hasPrefix("19") || token.text.hasPrefix("20")) ? token.text : nil
    }

    /// Words that open a report named by what it is about: "a review", "the inquiry into", "their review of".
    static let reportOpeners: Set<String> = ["a", "an", "the", "their", "his", "her"]

    /// Words after a report's head that say which report it is ("the review by", "the inquiry into").
    static let reportLinks: Set<String> = ["by", "into", "on"]

    /// Words that end the topic of a report named by what it is about ("... into X was published").
    static let clauseWords: Set<String> = ["said", "says", "found", "finds", "revealed", "blamed", "was", "were", "is",
        "are", "has", "had", "have", "will", "which", "that", "who", "published", "concluded", "by", "after", "following", "and"]

    /// "Okafor's report", "the Ofsted report", "Smith's damning review" (the Smith Review, also
    /// called the Smith Report): a report named after its author ("the Ofsted reports": a set of
    /// reports, named in the plural; "the 2014 Ofsted report": a body's report of that year, "Ofsted
    /// report (2014)"). An inspectorate's "inquiry" is its inspection, an event.
    func report(after owner: DetectedMention, tokens: [Token], limit: Int) -> DetectedMention? {
        guard owner.kind == .person || owner.kind == .body || owner.kind == .event || owner.form == .bare else { return nil }
        var index = owner.tokens.upperBound
        var adjectives = 0
        var year = owner.tokens.lowerBound > 0 ? Self.year(tokens[owner.tokens.lowerBound - 1]) : nil
        while index < limit, adjectives <= 2, let found = Self.year(tokens[index]) ?? (tokens[index].shape == .word ? "" : nil),
              !tokens[index].isCapitalised {
            if !found.isEmpty {
                year = found
                adjectives += 1
                index += 1
                continue
            }
            if tokens[index].stem == "reports", owner.kind == .body {
                return DetectedMention(kind: .report, tokens: owner.tokens.lowerBound..<index + 1, name: "\(owner.name) reports", form: .full)
            }
            if tokens[index].stem == "inquiry", owner.kind == .body, lexicon.bodies[Lexicon.key(owner.name)]?.isInspectorate == true {
                return nil
            }
            if Self.reportWords.contains(tokens[index].stem) {
                let isPerson = owner.kind == .person
                    || owner.form == .bare && !owner.name.contains(" ") && lexicon.places[owner.name.lowercased()] == nil
                guard isPerson || owner.kind == .body || owner.kind == .event else { return nil }
                let author = isPerson ? String(owner.name.split(separator: " ").last!) : owner.name
                let head = tokens[index].stem
                let name = isPerson ? "\(author) \(head.prefix(1).uppercased() + head.dropFirst())" : "\(author) \(head)"
                let plain = isPerson ? "\(author) Report" : "\(author) report"
                if let year, owner.kind == .body {
                    return DetectedMention(kind: .report, tokens: owner.tokens.lowerBound..<index + 1, name: "\(name) (\(year))", form: .full)
                }
                return DetectedMention(kind: .report, tokens: owner.tokens.lowerBound..<index + 1, name: name, form: .full,
                                       aliases: name == plain ? [] : [plain])
            }
            guard tokens[index - 1].isPossessive || index > owner.tokens.upperBound else { return nil }
            adjectives += 1
            index += 1
        }
        return nil
    }
}
