/// Keeps one concept per finding in an article: a concept whose words all occur in a longer
/// concept ("fresh start" in "Barset needed a fresh start") absorbs it, so two rules reading the
/// same finding in different lengths give one entity with the longer wording as an alias.
public struct ConceptMerger: Sendable {
    /// Creates the stage.
    public init() {}

    /// Re-points relations from longer concepts of `context` to the shorter concepts they contain.
    public func merge(_ context: inout ArticleContext) {
        let concepts = context.resolution.entities.indices.filter { context.resolution.entities[$0].kind == .concept }
        let words = Dictionary(uniqueKeysWithValues: concepts.map {
            ($0, Set(NameFolding.fold(context.resolution.entities[$0].name).split(separator: " ")))
        })
        for long in concepts {
            guard let short = concepts.filter({ $0 != long && words[$0]!.count >= 2 && words[$0]!.count < words[long]!.count
                && words[$0]!.isSubset(of: words[long]!) }).max(by: { words[$0]!.count < words[$1]!.count }) else { continue }
            let absorbed = context.resolution.entities[long]
            context.resolution.entities[short].aliases.formUnion([absorbed.name] + absorbed.aliases)
            context.resolution.entities[short].mentions += absorbed.mentions
            context.resolution.entities[long].mentions = []
            for index in context.relations.indices where context.relations[index].object == long {
                context.relations[index].object = short
            }
            for sentence in context.resolution.mentions.indices {
                for position in context.resolution.mentions[sentence].indices where context.resolution.mentions[sentence][position].entity == long {
                    context.resolution.mentions[sentence][position].entity = short
                }
            }
        }
    }
}
