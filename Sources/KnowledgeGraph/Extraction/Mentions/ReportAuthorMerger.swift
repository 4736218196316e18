/// Joins a report known by what it is about to the report named after its author, once the
/// relations show who wrote it: "the review, led by Ruth Kellaway, found ..." and "Kellaway's
/// review" are one report, the Kellaway Review.
public struct ReportAuthorMerger: Sendable {
    /// Creates the stage.
    public init() {}

    /// Merges every unnamed report that a person or body authored into the report named after
    /// that author, when the article names one.
    public func merge(_ context: inout ArticleContext) {
        let authored = context.relations.filter { $0.predicate == .authored }
        for relation in authored {
            let report = context.resolution.entities[relation.object]
            guard report.kind == .report, report.name.first?.isLowercase == true, !report.mentions.isEmpty,
                  let named = namedReport(of: relation.subject, context), named != relation.object else { continue }
            context.merge(event: relation.object, into: named)
        }
    }

    /// The names, lower case, of a report named after `author`: "<surname> report" for a person,
    /// "<name> report" for each name of a body; empty for other kinds.
    static func reportNames(of author: ResolvedEntity) -> Set<String> {
        switch author.kind {
        case .person: return ["\(author.name.split(separator: " ").last ?? "") report".lowercased()]
        case .body: return Set(([author.name] + author.aliases).map { "\($0) report".lowercased() })
        default: return []
        }
    }

    /// The report named after `author` (by name or alias, see `reportNames(of:)`).
    private func namedReport(of author: Int, _ context: ArticleContext) -> Int? {
        let names = Self.reportNames(of: context.resolution.entities[author])
        guard !names.isEmpty else { return nil }
        return context.resolution.entities.indices.first { index in
            let candidate = context.resolution.entities[index]
            return candidate.kind == .report && !candidate.mentions.isEmpty && candidate.name.first?.isUppercase == true
                && !names.isDisjoint(with: ([candidate.name] + candidate.aliases).map { $0.lowercased() })
        }
    }
}
