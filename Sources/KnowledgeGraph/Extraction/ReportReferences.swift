/// Joins generic report mentions ("a report", "the damning report", "an independent
/// review") to the specific report the article is about, so that one report is one entity.
///
/// A report is generic when every word of its name is a report word or a modifier that says
/// nothing about which report it is ("new", "damning", "full"). Each mention of a generic
/// report goes to the nearest specific report mentioned before it, or else to the article's
/// most mentioned specific report; with no specific report the generic one stays as it is.
public struct ReportReferences: Sendable {
    private static let genericWords: Set<String> = ["report", "reports", "review", "inquiry", "damning", "new", "recent",
        "latest", "independent", "full", "final", "official", "critical", "scathing", "long-awaited", "major", "further",
        "published", "leaked", "highly", "hard-hitting", "wide-ranging", "separate", "detailed", "initial", "interim"]

    /// Creates the stage.
    public init() {}

    /// Re-points generic report mentions of `resolution` to specific reports.
    public func merge(_ resolution: inout Resolution) {
        let reports = resolution.entities.indices.filter { resolution.entities[$0].kind == .report }
        let generic = Set(reports.filter { isGeneric(resolution.entities[$0]) })
        let specific = reports.filter { !generic.contains($0) && !resolution.entities[$0].mentions.isEmpty }
        guard !generic.isEmpty, let principal = specific.max(by: {
            (resolution.entities[$0].mentions.count, -$0) < (resolution.entities[$1].mentions.count, -$1) }) else { return }
        var lastSpecific: Int?
        for sentence in resolution.mentions.indices {
            for position in resolution.mentions[sentence].indices {
                let mention = resolution.mentions[sentence][position]
                if specific.contains(mention.entity) { lastSpecific = mention.entity }
                guard generic.contains(mention.entity) else { continue }
                let target = lastSpecific ?? principal
                let source = resolution.entities[mention.entity]
                resolution.entities[target].aliases.formUnion([source.name] + source.aliases)
                resolution.entities[target].mentions.append(mention.tokens)
                resolution.mentions[sentence][position].entity = target
            }
        }
        for entity in generic { resolution.entities[entity].mentions = [] }
    }

    private func isGeneric(_ entity: ResolvedEntity) -> Bool {
        ([entity.name] + entity.aliases).allSatisfy { name in
            name.lowercased().split(separator: " ").allSatisfy { Self.genericWords.contains(String($0)) }
        }
    }
}
