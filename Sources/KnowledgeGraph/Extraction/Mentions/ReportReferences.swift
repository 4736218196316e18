/// Joins generic report mentions ("a report", "the damning report", "an independent
/// review") to the specific report the article is about, so that one report is one entity.
///
/// Reports known only by their day ("Yesterday's report") and ministers' statements ("a
/// written ministerial statement") become report entities first.
/// A report is generic when every word of its name is a report word or a modifier that says
/// nothing about which report it is ("new", "damning", "full"). Each mention of a generic
/// report goes to the report named after its author when "by" gives one ("a review by Dr
/// Okafor" → the Okafor Report), else to the nearest specific report mentioned before it outside
/// quotations, or else (before any is named) to the first one the article names; with no
/// specific report the generic one stays.
public struct ReportReferences: Sendable {
    private static let genericWords: Set<String> = ["report", "reports", "review", "inquiry", "inspection", "damning", "new", "recent",
        "latest", "independent", "full", "final", "official", "critical", "scathing", "long-awaited", "major",
        "published", "leaked", "highly", "hard-hitting", "wide-ranging", "detailed", "initial", "interim",
        "today's", "yesterday's", "tonight's"]

    /// Creates the stage.
    public init() {}

    /// Adds reports named by their day ("Yesterday's report found ...") in `sentences` of
    /// `tokens`, then re-points generic report mentions of `resolution` to specific reports.
    public func merge(_ resolution: inout Resolution, sentences: [Sentence], tokens: [Token]) {
        addDatedReports(&resolution, sentences: sentences, tokens: tokens)
        joinDefiniteReports(&resolution, tokens: tokens)
        let reports = resolution.entities.indices.filter { resolution.entities[$0].kind == .report }
        let generic = Set(reports.filter { isGeneric(resolution.entities[$0]) })
        // A minister's statement is not what "the report" or "an independent review" means.
        let specific = reports.filter { !generic.contains($0) && !resolution.entities[$0].mentions.isEmpty
            && !resolution.entities[$0].name.lowercased().contains("statement") }
        guard !generic.isEmpty, let first = firstSpecific(in: resolution, among: Set(specific)) else { return }
        var lastSpecific: Int?
        for sentence in resolution.mentions.indices {
            for position in resolution.mentions[sentence].indices {
                let mention = resolution.mentions[sentence][position]
                if specific.contains(mention.entity), !isQuoted(mention, in: sentences[sentence], tokens: tokens) {
                    lastSpecific = mention.entity
                }
                guard generic.contains(mention.entity) else { continue }
                let target = authorsReport(after: mention, in: resolution.mentions[sentence], resolution, tokens: tokens)
                    ?? lastSpecific ?? first
                let source = resolution.entities[mention.entity]
                resolution.entities[target].aliases.formUnion([source.name] + source.aliases)
                resolution.entities[target].mentions.append(mention.tokens)
                resolution.mentions[sentence][position].entity = target
            }
        }
        for entity in generic { resolution.entities[entity].mentions = [] }
    }

    /// "a review by Professor Okafor" when the article also names "Okafor's review" (the Okafor
    /// Report), "a report by the Westshire Trust" and "the Westshire Trust report": the report
    /// named after the author given with "by".
    private func authorsReport(after report: ResolvedMention, in mentions: [ResolvedMention], _ resolution: Resolution,
                               tokens: [Token]) -> Int? {
        var by = report.tokens.upperBound
        while by < tokens.count, by - report.tokens.upperBound < 4, Self.beforeAuthor.contains(tokens[by].stem) { by += 1 }
        guard by < tokens.count, tokens[by].stem == "by",
              let author = mentions.first(where: { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 2 }) else { return nil }
        let names = ReportAuthorMerger.reportNames(of: resolution.entities[author.entity])
        guard !names.isEmpty else { return nil }
        return resolution.entities.indices.first { index in
            resolution.entities[index].kind == .report && !resolution.entities[index].mentions.isEmpty
                && !names.isDisjoint(with: ([resolution.entities[index].name] + resolution.entities[index].aliases).map { $0.lowercased() })
        }
    }

    /// Words between a report and "by" and its author: "a report published today by ...".
    private static let beforeAuthor: Set<String> = ["published", "written", "produced", "compiled", "carried", "out", "conducted",
                                                    "led", "chaired", "today", "yesterday", ","]

    /// "the independent inquiry into ...", "the serious case review": a report without an
    /// author's name that the article first mentions with "the" is the report named before it;
    /// with no report before it, it is dropped unless "by", "into" or "on" says which it is.
    private func joinDefiniteReports(_ resolution: inout Resolution, tokens: [Token]) {
        var seen: Set<Int> = []
        var lastReport: Int?
        var dropped: Set<Int> = []
        for sentence in resolution.mentions.indices {
            for position in resolution.mentions[sentence].indices {
                let mention = resolution.mentions[sentence][position]
                guard resolution.entities[mention.entity].kind == .report, !dropped.contains(mention.entity) else { continue }
                let name = resolution.entities[mention.entity].name
                guard seen.insert(mention.entity).inserted, name.first?.isLowercase == true,
                      mention.tokens.lowerBound > 0, tokens[mention.tokens.lowerBound - 1].stem == "the" else {
                    lastReport = mention.entity
                    continue
                }
                if let target = lastReport, target != mention.entity {
                    absorb(mention.entity, into: target, &resolution)
                    lastReport = target
                } else if !name.contains(" into "), !name.contains(" on "), mention.tokens.upperBound < tokens.count,
                          !MentionDetector.reportLinks.contains(tokens[mention.tokens.upperBound].stem) {
                    dropped.insert(mention.entity)
                } else {
                    lastReport = mention.entity
                }
            }
        }
        for entity in dropped {
            resolution.entities[entity].mentions = []
            for sentence in resolution.mentions.indices { resolution.mentions[sentence].removeAll { $0.entity == entity } }
        }
    }

    /// Moves every name and mention of report `source` to `target`.
    private func absorb(_ source: Int, into target: Int, _ resolution: inout Resolution) {
        let entity = resolution.entities[source]
        resolution.entities[target].aliases.formUnion([entity.name] + entity.aliases)
        resolution.entities[target].mentions += entity.mentions
        resolution.entities[source].mentions = []
        for sentence in resolution.mentions.indices {
            for position in resolution.mentions[sentence].indices where resolution.mentions[sentence][position].entity == source {
                resolution.mentions[sentence][position].entity = target
            }
        }
    }

    /// True inside a quotation (an odd number of double quotes before it in its sentence): a
    /// report a speaker mentions in passing is not the one the narrative goes on to call "the report".
    private func isQuoted(_ mention: ResolvedMention, in sentence: Sentence, tokens: [Token]) -> Bool {
        (sentence.tokens.lowerBound..<mention.tokens.lowerBound).filter { tokens[$0].isMark("\"") }.count % 2 == 1
    }

    /// The first specific report the article names: a "damning new report" in the opening lines
    /// is the one the article goes on to name.
    private func firstSpecific(in resolution: Resolution, among specific: Set<Int>) -> Int? {
        resolution.mentions.lazy.flatMap { $0 }.first { specific.contains($0.entity) }?.entity
    }

    /// "Yesterday's report", "Today's review" (a report known only by when it came out) and
    /// "a written ministerial statement", "an oral statement to MPs" (a minister's statement).
    private func addDatedReports(_ resolution: inout Resolution, sentences: [Sentence], tokens: [Token]) {
        var named: [String: Int] = [:]
        for (number, sentence) in sentences.enumerated() {
            for index in sentence.tokens.dropLast() where !resolution.mentions[number].contains(where: { $0.tokens.contains(index) }) {
                var span: Range<Int>?
                if tokens[index].isPossessive, Self.days.contains(tokens[index].stem), Self.reportHeads.contains(tokens[index + 1].stem) {
                    span = index..<index + 2
                } else if index == sentence.tokens.lowerBound || !Self.statementKinds.contains(tokens[index - 1].stem) {
                    span = statement(at: index, tokens: tokens, limit: sentence.tokens.upperBound)
                }
                guard let span else { continue }
                var name = span.map { tokens[$0].text }.joined(separator: " ")
                name = name.prefix(1).uppercased() + name.dropFirst()
                let key = name.lowercased()
                let entity = named[key] ?? resolution.add(ResolvedEntity(kind: .report, name: name))
                named[key] = entity
                resolution.entities[entity].mentions.append(span)
                resolution.mentions[number].append(ResolvedMention(entity: entity, tokens: span))
                resolution.mentions[number].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
    }

    /// "written ministerial statement", "oral statement to MPs" starting at `index`.
    private func statement(at index: Int, tokens: [Token], limit: Int) -> Range<Int>? {
        var head = index
        while head < limit, Self.statementKinds.contains(tokens[head].stem) { head += 1 }
        guard head > index, head < limit, tokens[head].stem == "statement" else { return nil }
        var end = head + 1
        if end + 1 < limit, tokens[end].stem == "to", ["mps", "parliament", "peers"].contains(tokens[end + 1].stem) { end += 2 }
        return index..<end
    }

    private static let statementKinds: Set<String> = ["written", "oral", "ministerial"]

    private static let days: Set<String> = ["today", "yesterday", "tonight"]
    private static let reportHeads: Set<String> = ["report", "review", "inquiry"]

    private func isGeneric(_ entity: ResolvedEntity) -> Bool {
        ([entity.name] + entity.aliases).allSatisfy { name in
            name.lowercased().split(separator: " ").allSatisfy { Self.genericWords.contains(String($0)) }
        }
    }
}
