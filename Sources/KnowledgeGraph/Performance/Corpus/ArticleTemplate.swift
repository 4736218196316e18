/// A seed article turned into a template: its title and paragraphs, with every person's
/// first name and surname and every town inside an organisation's name replaced by a slot,
/// so `CorpusGenerator` can refill the sentences with invented names.
///
/// Names are found with generic cues only: a common first name followed by a capitalised
/// word, a title ("Mr", "Coun", "Professor") before a capitalised word, and a capitalised
/// word before an organisation word ("… Council"). A surname or town seen once is replaced
/// everywhere in the article, so "Anna Field … Ms Field … Field's" stay one person.
struct ArticleTemplate: Sendable {
    /// A piece of a template line.
    enum Segment: Sendable, Equatable {
        /// Text kept as it is.
        case text(String)
        /// The first name of the person whose original surname is the key.
        case firstName(String)
        /// The surname of the person whose original surname is the key.
        case surname(String)
        /// The town whose original name is the key.
        case place(String)
    }

    /// The title line.
    let title: [Segment]
    /// The paragraphs (lines long enough to be prose, not page furniture).
    let paragraphs: [[Segment]]

    /// Templates `text` using the cues in `names`.
    init(text: String, names: CorpusNames) {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        var surnames: Set<String> = [], places: Set<String> = []
        for line in lines {
            for run in ArticleTemplate.capitalisedRuns(in: line) {
                switch ArticleTemplate.classify(run, names: names) {
                case .person(let surname): surnames.insert(surname)
                case .body(let towns): places.formUnion(towns)
                case .other: break
                }
            }
        }
        let templated = lines.map { ArticleTemplate.segments(of: $0, surnames: surnames, places: places, names: names) }
        title = templated.first ?? []
        paragraphs = zip(lines, templated).dropFirst().filter { $0.0.count >= 60 }.map(\.1)
    }

    /// A capitalised word: its text without a possessive, the possessive, and whether a title precedes it.
    struct Word {
        var range: Range<String.Index>
        var base: String
        var afterTitle: Bool
    }

    private enum Role { case person(String), body([String]), other }

    private static let titles: Set<String> = ["mr", "ms", "miss", "mrs", "dr", "sir", "professor", "prof", "coun", "cllr",
                                              "councillor", "lord", "baroness", "dame"]

    /// Runs of capitalised words separated by single spaces.
    static func capitalisedRuns(in line: String) -> [[Word]] {
        var runs: [[Word]] = [], current: [Word] = []
        var previousWord = "", index = line.startIndex
        while index < line.endIndex {
            guard line[index].isLetter || line[index].isNumber else {
                if line[index] != " " || (line.index(after: index) < line.endIndex && !line[line.index(after: index)].isLetter) {
                    if !current.isEmpty { runs.append(current); current = [] }
                }
                index = line.index(after: index)
                continue
            }
            var end = index
            while end < line.endIndex, line[end].isLetter || line[end].isNumber || ((line[end] == "'" || line[end] == "’") && isLetter(after: end, in: line)) {
                end = line.index(after: end)
            }
            let word = String(line[index..<end])
            if word.first!.isUppercase {
                var base = word
                if base.hasSuffix("'s") || base.hasSuffix("’s") { base.removeLast(2) }
                current.append(Word(range: index..<end, base: base, afterTitle: titles.contains(previousWord.lowercased())))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
            previousWord = word
            index = end
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    private static func isLetter(after index: String.Index, in line: String) -> Bool {
        let next = line.index(after: index)
        return next < line.endIndex && line[next].isLetter
    }

    private static func classify(_ run: [Word], names: CorpusNames) -> Role {
        let bases = run.map(\.base)
        if let head = bases.firstIndex(where: names.bodyHeads.contains) {
            let towns = bases[..<head].filter { !names.bodyModifiers.contains($0) && !titles.contains($0.lowercased()) && $0.count > 2 }
            return towns.isEmpty ? .other : .body(towns)
        }
        let words = bases.filter { !titles.contains($0.lowercased()) }
        guard let last = words.last, last.count > 2, !names.bodyModifiers.contains(last) else { return .other }
        if words.count >= 2, names.firstNames.contains(words[0]) { return .person(last) }
        if run.last!.afterTitle || (run.count >= 2 && titles.contains(bases[0].lowercased())) { return .person(last) }
        return .other
    }

    private static func segments(of line: String, surnames: Set<String>, places: Set<String>, names: CorpusNames) -> [Segment] {
        var segments: [Segment] = []
        var cursor = line.startIndex
        func keep(upTo end: String.Index) {
            guard cursor < end else { return }
            if case .text(let previous)? = segments.last {
                segments[segments.count - 1] = .text(previous + line[cursor..<end])
            } else {
                segments.append(.text(String(line[cursor..<end])))
            }
        }
        for run in capitalisedRuns(in: line) {
            let surname: String? = if case .person(let key) = classify(run, names: names) { key } else { nil }
            for (offset, word) in run.enumerated() {
                let slot: Segment
                if let surname, offset == 0, run.count >= 2, names.firstNames.contains(word.base) {
                    slot = .firstName(surname)
                } else if surnames.contains(word.base) {
                    slot = .surname(word.base)
                } else if places.contains(word.base) {
                    slot = .place(word.base)
                } else {
                    continue
                }
                keep(upTo: word.range.lowerBound)
                segments.append(slot)
                cursor = line.index(word.range.lowerBound, offsetBy: word.base.count)
            }
        }
        keep(upTo: line.endIndex)
        return segments
    }
}
