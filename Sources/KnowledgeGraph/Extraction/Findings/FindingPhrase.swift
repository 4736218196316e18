/// Picks the key phrase of a finding or recommendation out of a sentence: the clause after a
/// cue ("found that nobody had asked the boy"), a quoted phrase and the noun it qualifies
/// ("blamed 'deeply chaotic' management"), or the first clause of a quotation.
///
/// Phrases are token ranges of the sentence; `name(_:)` turns one into a concept name without
/// quote marks, leading determiners or an existential "there was".
struct FindingPhrase {
    /// The lexicon's words a picker needs, read once per extractor.
    struct Words: Sendable {
        /// Words that end a clause ("and", "which", "because").
        let clauseEnds: Set<String>
        /// Copulas that may follow a named subject ("was", "has been").
        let copulas: [[String]]
        /// Verbs of opinion whose object is what a speaker holds ("think", "believe").
        let beliefs: Set<String>

        /// Reads the words from `lexicon`'s cues.
        init(lexicon: Lexicon) {
            clauseEnds = Set(lexicon.cues("clause-end").flatMap { $0 })
            copulas = lexicon.cues("copula")
            beliefs = Set(lexicon.cues("belief").flatMap { $0 })
        }
    }

    /// The sentence the phrase is read from.
    let view: SentenceView
    /// The lexicon's words.
    let words: Words
    private var clauseEnds: Set<String> { words.clauseEnds }
    private var copulas: [[String]] { words.copulas }
    private var beliefs: Set<String> { words.beliefs }

    /// Pronouns that make a clause speech about the speaker, not a finding ("they are not now").
    static let subjectPronouns: Set<String> = ["i", "we", "you", "they", "he", "she", "it", "our", "my"]
    /// Subjects whose copula is dropped with them: "this is a clear case of neglect".
    private static let demonstratives: Set<String> = ["this", "it", "that"]
    private static let modals: Set<String> = ["will", "would", "should", "must"]
    /// Longest phrase, in words.
    static let limit = 12
    private static let openers: Set<String> = ["that", "how", "whether"]
    private static let determiners: Set<String> = ["a", "an", "the", "that", "this", "these", "those", "its", "their", "some"]
    private static let existentials: Set<String> = ["is", "are", "was", "were", "had", "has", "have", "been", "being"]
    private static let prepositions: Set<String> = ["between", "in", "since", "during", "after", "before", "on", "by", "from",
                                                    "until", "over", "despite"]
    private static let stops: Set<String> = ["said", "says", "added", "found", "concluded", "recommended", "urged", "told", "called"]
    /// Words that start a phrase of their own after a quoted noun phrase ("'a culture of fear' among staff").
    private static let linkWords: Set<String> = ["to", "for", "of", "with", "at", "among", "amongst", "within", "across", "around",
                                                 "about", "through", "against", "under", "towards", "into"]
    private static let softEnds: Set<String> = ["and", "or", "but"]
    private static let subordinators: Set<String> = ["because", "that", "as", "since", "while", "after", "when"]
    private static let relatives: Set<String> = ["when", "where", "that"]
    private static let pronouns: Set<String> = ["it", "he", "she", "they", "we", "i", "this", "that", "there", "of"]

    /// The clause after a cue ending at `start`, or nil when none follows (a comma, a quote only).
    func clause(after start: Int) -> Range<Int>? {
        let end = view.sentence.tokens.upperBound
        var index = start
        while index < end, view.tokens[index].isMark(":") || view.tokens[index].isMark(",") && index == start { index += 1 }
        if index < end, Self.openers.contains(view.tokens[index].stem) { index += 1 }
        if index < end, Self.prepositions.contains(view.tokens[index].stem),
           let comma = (index..<min(end, index + 10)).first(where: { view.tokens[$0].isMark(",") }) {
            index = comma + 1
        }
        index = skipSubject(from: index)
        return span(from: reason(from: index, to: end) ?? relativeExistential(from: index, to: end) ?? index, to: end)
    }

    /// "the girls were failed because staff were scared of ...": a finding that gives its
    /// cause is named by the cause, unless that starts with a pronoun ("because it ...").
    private func reason(from start: Int, to end: Int) -> Int? {
        guard let because = (start..<end).first(where: { view.tokens[$0].stem == "because" }), because + 2 < end,
              view.tokens[because + 1].shape == .word, !Self.pronouns.contains(view.tokens[because + 1].stem) else { return nil }
        return because + 1
    }

    /// "a period when there were serious shortcomings in ...": the existential a relative
    /// clause holds is the finding.
    private func relativeExistential(from start: Int, to end: Int) -> Int? {
        guard let there = (start + 1..<max(start + 1, end - 2)).first(where: {
            view.tokens[$0].stem == "there" && Self.relatives.contains(view.tokens[$0 - 1].stem)
                && Self.existentials.contains(view.tokens[$0 + 1].stem) }) else { return nil }
        return there
    }

    /// The clause before "<comma> a report found" at `comma`: from the last subordinator
    /// ("because", "that") or colon before it, else from the sentence start.
    func clause(before comma: Int) -> Range<Int>? {
        var start = view.sentence.tokens.lowerBound
        for index in start..<comma where view.tokens[index].isMark(":") || Self.subordinators.contains(view.tokens[index].stem)
            && comma - index > 3 {
            start = index + 1
        }
        return span(from: skipSubject(from: start), to: comma)
    }

    /// The first clause of the quotation `quote` (a whole quoted sentence).
    func clause(in quote: Range<Int>) -> Range<Int>? {
        let start = skipSubject(from: quote.lowerBound)
        return span(from: relativeExistential(from: start, to: quote.upperBound) ?? start, to: quote.upperBound)
    }

    /// A short quotation and the lower-case nouns after it: "'deeply chaotic' management".
    func quoted(_ quote: Range<Int>) -> Range<Int> {
        var end = quote.upperBound + 1
        let limit = view.sentence.tokens.upperBound
        while end < limit, end - quote.upperBound <= 2, view.tokens[end].shape == .word, !view.tokens[end].isCapitalised,
              !clauseEnds.contains(view.tokens[end].stem), !Self.prepositions.contains(view.tokens[end].stem),
              !Self.linkWords.contains(view.tokens[end].stem), !isVerbLike(view.tokens[end]) {
            end += 1
        }
        return end == quote.upperBound + 1 ? quote : quote.lowerBound..<end
    }

    /// "the council was failing" → "failing": a named subject (or a short one before a quoted
    /// predicate, or "this"/"it") and its copula are dropped, so the finding reads as what was
    /// found of it. A name that only qualifies the subject stays ("the council's reserves were low").
    private func skipSubject(from index: Int) -> Int {
        var start = index
        while start < view.sentence.tokens.upperBound, view.tokens[start].isMark("'") || view.tokens[start].isMark("\"") { start += 1 }
        if start + 2 < view.sentence.tokens.upperBound, Self.demonstratives.contains(view.tokens[start].stem),
           ["is", "was"].contains(view.tokens[start + 1].stem) {
            return start + 2
        }
        if let belief = belief(at: start) { return skipSubject(from: belief) }
        let subjects = view.mentions.filter { $0.tokens.lowerBound == start || $0.tokens.lowerBound == start + 1
            && Self.determiners.contains(view.tokens[start].stem) }
        let window = start..<min(view.sentence.tokens.upperBound, start + (subjects.isEmpty ? 4 : 7))
        guard let copula = view.find(copulas).first(where: { window.contains($0.lowerBound) && $0.lowerBound > start }),
              !(start..<copula.lowerBound).contains(where: { view.tokens[$0].shape == .punctuation && !view.tokens[$0].isMark("'") })
        else { return index }
        let named = subjects.contains { $0.tokens.upperBound == copula.lowerBound }
        let quoted = copula.upperBound < view.sentence.tokens.upperBound
            && (view.tokens[copula.upperBound].isMark("'") || view.tokens[copula.upperBound].isMark("\""))
        return named || quoted ? copula.upperBound : index
    }

    /// "I still think (that) X", "we believe X": where X starts, for a speaker's opinion.
    private func belief(at start: Int) -> Int? {
        let end = view.sentence.tokens.upperBound
        guard start + 2 < end, ["i", "we"].contains(view.tokens[start].stem) else { return nil }
        var index = start + 1
        while index < end, index - start <= 3, !beliefs.contains(view.tokens[index].stem), view.tokens[index].shape == .word { index += 1 }
        guard index + 1 < end, beliefs.contains(view.tokens[index].stem) else { return nil }
        return view.tokens[index + 1].stem == "that" ? index + 2 : index + 1
    }

    /// "the police should improve its training": a finding that says what someone should or
    /// must do is a recommendation of it; "should have done" is a criticism, not advice.
    func obligation(_ phrase: Range<Int>) -> Range<Int>? {
        guard let modal = phrase.first(where: { ["should", "must"].contains(view.tokens[$0].stem) }), modal + 1 < phrase.upperBound,
              view.tokens[modal + 1].stem != "have", modal - phrase.lowerBound <= 6 else { return nil }
        return phrase
    }

    /// "(I believe that) new leadership will enable ...": when `phrase` is a speaker's belief
    /// about what a thing will do, the thing ("new leadership"), which the speaker recommends.
    func hope(_ phrase: Range<Int>) -> Range<Int>? {
        var opener = phrase.lowerBound - 1
        while opener > view.sentence.tokens.lowerBound, Self.determiners.contains(view.tokens[opener].stem) || view.tokens[opener].isMark("'") {
            opener -= 1
        }
        guard opener >= view.sentence.tokens.lowerBound, beliefs.contains(view.tokens[opener].stem),
              let modal = phrase.first(where: { Self.modals.contains(view.tokens[$0].stem) }), modal - phrase.lowerBound >= 2
        else { return nil }
        return phrase.lowerBound..<modal
    }

    /// The words from `start` to the first stop: punctuation other than quotes, a clause end
    /// after a few words (not inside a quotation opened after the first word: "has taken a
    /// 'systematic and rigorous approach'"), a speech verb, or `limit` words.
    private func span(from start: Int, to end: Int) -> Range<Int>? {
        var first = start
        while first < end, isQuote(view.tokens[first])
                || Self.determiners.contains(view.tokens[first].stem) && first + 1 < end
                    && (view.tokens[first + 1].shape == .word || isQuote(view.tokens[first + 1])) {
            first += 1
        }
        first = skipExistential(first, end)
        var stop = first
        var words = 0
        var listEnd: Int?
        var inQuote = false
        while stop < end {
            let token = view.tokens[stop]
            if isQuote(token), words > 0 { inQuote.toggle() }
            if token.isMark(","), words > 0, let conjunction = listConjunction(after: stop, end) {
                listEnd = conjunction
                stop += 1
                continue
            }
            if token.shape == .punctuation, !token.isMark("'"), !token.isMark("\"") { break }
            if token.shape != .punctuation {
                if words >= 4, stop != listEnd, !inQuote, Self.softEnds.contains(token.stem) || clauseEnds.contains(token.stem) { break }
                if words >= 2, !inQuote, clauseEnds.contains(token.stem), !Self.softEnds.contains(token.stem) { break }
                if Self.stops.contains(token.stem), words > 0 { break }
                if words == Self.limit { break }
                words += 1
            }
            stop += 1
        }
        while stop > first, view.tokens[stop - 1].shape == .punctuation
                || Self.softEnds.contains(view.tokens[stop - 1].stem) || ["of", "to", "the", "a", "in"].contains(view.tokens[stop - 1].stem)
                || Self.prepositions.contains(view.tokens[stop - 1].stem) {
            stop -= 1
        }
        guard words >= 1, stop > first, view.tokens[first].shape == .word || view.tokens[first].shape == .number else { return nil }
        return first..<stop
    }

    /// The "and"/"or" closing a list the comma at `comma` continues ("practices, record-keeping
    /// and communication", "'slow', 'rude' and 'shouty'"): one to three words (and quote marks)
    /// after the comma, then the conjunction.
    private func listConjunction(after comma: Int, _ end: Int) -> Int? {
        var index = comma + 1
        while index < end, index - comma <= 6, view.tokens[index].shape == .word && !Self.softEnds.contains(view.tokens[index].stem)
                || isQuote(view.tokens[index]) {
            index += 1
        }
        let words = (comma + 1..<index).filter { view.tokens[$0].shape == .word }.count
        guard (1...3).contains(words), index < end, ["and", "or"].contains(view.tokens[index].stem) else { return nil }
        return index
    }

    /// "The management, it found, was 'overbearing' and 'shouty'": the subject before an
    /// attribution set off by commas (`subject` and its verb `cue`) and what follows its copula,
    /// named as one finding ("management overbearing and shouty"), with the span they cover.
    func parenthetical(subject: Range<Int>, cue: Range<Int>) -> (name: String, span: Range<Int>)? {
        let start = view.sentence.tokens.lowerBound, end = view.sentence.tokens.upperBound
        guard subject.lowerBound > start + 1, view.tokens[subject.lowerBound - 1].isMark(","), cue.lowerBound == subject.upperBound,
              cue.upperBound + 1 < end, view.tokens[cue.upperBound].isMark(","),
              let head = span(from: start, to: subject.lowerBound - 1) else { return nil }
        var after = cue.upperBound + 1
        if let copula = view.find(copulas).first(where: { $0.lowerBound == after }) { after = copula.upperBound }
        guard let tail = span(from: after, to: end) else { return nil }
        return (name(head) + " " + name(tail).lowercased(), head.lowerBound..<tail.upperBound)
    }

    private func isQuote(_ token: Token) -> Bool { token.isMark("'") || token.isMark("\"") }

    /// "there was 'complacency' around ..." → "complacency around ...".
    private func skipExistential(_ start: Int, _ end: Int) -> Int {
        guard start + 1 < end, view.tokens[start].stem == "there" else { return start }
        var index = start + 1
        while index < end, Self.existentials.contains(view.tokens[index].stem) || view.tokens[index].isMark("'") { index += 1 }
        while index < end, Self.determiners.contains(view.tokens[index].stem) || view.tokens[index].isMark("'") { index += 1 }
        return index > start + 1 && index < end ? index : start
    }

    private func isVerbLike(_ token: Token) -> Bool {
        Self.existentials.contains(token.stem) || ["should", "would", "could", "will", "may", "might", "can", "did", "does"].contains(token.stem)
    }

    /// The concept name of `phrase`: its words without quote marks, the first in lower case
    /// unless it starts a name.
    func name(_ phrase: Range<Int>) -> String {
        var text = ""
        for index in phrase where !view.tokens[index].isMark("'") && !view.tokens[index].isMark("\"") {
            let token = view.tokens[index]
            if !text.isEmpty, token.shape != .punctuation || token.text == "(" || token.text == "&" { text += " " }
            text += token.text
        }
        let startsName = view.mentions.contains { $0.tokens.lowerBound == phrase.lowerBound && !$0.isReference }
        if !startsName, !view.tokens[phrase.lowerBound].isAcronym, let first = text.first {
            text = first.lowercased() + text.dropFirst()
        }
        return text
    }
}
