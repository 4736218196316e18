/// Names an inspectorate's report by its year ("Ofsted report (2018)"), the plain name kept as
/// an alias: an inspectorate reports on the same body every few years, and articles about
/// different years must not merge their reports into one.
///
/// The year is that of the sentence of the report's first mention (its own date or the one it
/// inherits from the article); a report with no year in reach keeps its plain name.
public struct InspectionReportYears: Sendable {
    /// Creates the stage.
    public init() {}

    /// Adds the year to the name of every "<inspectorate> report" of `context`.
    public func name(_ context: inout ArticleContext) {
        for index in context.resolution.entities.indices where context.resolution.entities[index].kind == .report {
            let name = context.resolution.entities[index].name
            var words = name.split(separator: " ").map(String.init)
            guard words.count >= 2, ["report", "reports"].contains(words.removeLast()),
                  context.lexicon.bodies[Lexicon.key(words.joined(separator: " "))]?.isInspectorate == true,
                  let first = context.resolution.entities[index].mentions.map(\.lowerBound).min(),
                  let sentence = context.sentences.firstIndex(where: { $0.tokens.contains(first) }),
                  let year = context.dates[sentence]?.prefix(4) else { continue }
            context.resolution.entities[index].name = "\(name) (\(year))"
            context.resolution.entities[index].aliases.insert(name)
        }
    }
}
