/// Reads who wrote and who published a report when the sentence says so in the passive or
/// refers to the report by a common noun: "the review, published by the Westshire Board",
/// "the report was written by Dr Okafor", "the inquiry by the Barset panel".
///
/// A report's multi-word alias repeated later in the article counts as a mention of it.
///
/// Rules: `report-passive` ("<report> [, ] (was) published/written/produced/compiled by X":
/// authored, and published for "published"), `report-reference-by` ("the review by X":
/// authored, where "the review" refers to a report named earlier), `report-possessive-pronoun`
/// ("Dr Okafor and Mr Reed ... their review of ...": both authored it) and `statement-speaker`
/// (the person who made "a written ministerial statement" in the sentence authored it).
public struct ReportRelations: Sendable {
    private static let authorVerbs: Set<String> = ["published", "written", "produced", "compiled", "carried", "conducted", "led",
                                                   "chaired"]
    private static let skippable: Set<String> = ["was", "were", "is", "has", "have", "been", "being", "out", "jointly", "first",
                                                 "today", "yesterday", ","]
    private static let actors: Set<EntityKind> = [.person, .body]

    /// Creates the stage.
    public init() {}

    /// Adds authorship and publication relations for every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        mentionAliases(&context)
        for number in context.sentences.indices {
            let view = context.view(number)
            let date = context.dates[number].map { ["date": $0] } ?? [:]
            for report in view.mentions where view.kind(report) == .report
                && context.resolution.entities[report.entity].name.lowercased().contains("statement") {
                guard let speaker = view.before(report.tokens.lowerBound, [.person]) ?? view.after(report.tokens.upperBound, [.person])
                else { continue }
                context.relate(speaker.entity, .authored, report.entity, rule: "statement-speaker", sentence: number,
                               confidence: 0.6, attributes: date)
            }
            for report in view.mentions where view.kind(report) == .report {
                for owner in possessors(of: report, in: view) {
                    context.relate(owner.entity, .authored, report.entity, rule: "report-possessive-pronoun", sentence: number,
                                   confidence: 0.6, attributes: date)
                }
                guard let (author, verb) = agent(after: report.tokens.upperBound, in: view) else { continue }
                if verb != "published" || report.isReference {
                    context.relate(author.entity, .authored, report.entity, rule: report.isReference ? "report-reference-by" : "report-passive",
                                   sentence: number, confidence: 0.7, attributes: date)
                }
                if verb == "published" {
                    context.relate(author.entity, .published, report.entity, rule: "report-passive", sentence: number,
                                   confidence: 0.7, attributes: date)
                }
            }
        }
    }

    /// "Dr Okafor and Mr Reed ... their review of ...": the people named before the pronoun in the
    /// sentence ("his"/"her": the nearest one), when a report of no named author opens with it.
    private func possessors(of report: ResolvedMention, in view: SentenceView) -> [ResolvedMention] {
        let opener = report.tokens.lowerBound - 1
        guard opener >= view.sentence.tokens.lowerBound, !report.isReference,
              view.entities[report.entity].name.first?.isLowercase == true else { return [] }
        let people = view.mentions.filter { $0.tokens.upperBound <= opener && view.kind($0) == .person }
        switch view.tokens[opener].stem {
        case "their": return people.count >= 2 ? people : []
        case "his", "her": return people.last.map { [$0] } ?? []
        default: return []
        }
    }

    /// Marks where a sentence repeats a report's multi-word alias ("the serious case review by
    /// the Westshire Board" after "a serious case review into the death of Ann Wood"), so that
    /// the passive and "by" rules see the report there; a report merged into another or dropped
    /// (no mentions left) is not revived.
    private func mentionAliases(_ context: inout ArticleContext) {
        let reports = context.resolution.entities.indices.filter {
            context.resolution.entities[$0].kind == .report && !context.resolution.entities[$0].mentions.isEmpty
        }
        for report in reports {
            let aliases = context.resolution.entities[report].aliases.map { $0.lowercased().split(separator: " ").map(String.init) }
                .filter { $0.count >= 2 }
            for number in context.sentences.indices {
                let view = context.view(number)
                for range in view.find(aliases) where !view.mentions.contains(where: { $0.tokens.overlaps(range) }) {
                    _ = context.entity(.report, named: context.resolution.entities[report].name, at: range, sentence: number)
                }
            }
        }
    }

    /// The person or body named right after "by" that follows a report, and the verb before
    /// "by" ("" for a bare "the review by X").
    private func agent(after end: Int, in view: SentenceView) -> (ResolvedMention, String)? {
        var index = end
        var verb = ""
        while index < view.sentence.tokens.upperBound, index - end < 5 {
            let stem = view.tokens[index].stem
            if Self.authorVerbs.contains(stem) { verb = stem } else if !Self.skippable.contains(stem) { break }
            index += 1
        }
        guard index + 1 < view.sentence.tokens.upperBound, view.tokens[index].stem == "by",
              let author = view.agent(after: index + 1, Self.actors) else { return nil }
        return (author, verb)
    }
}
