/// Keeps one concept per finding in an article: a concept whose words all occur in a longer
/// concept ("fresh start" in "Barset needed a fresh start"), or that shares most of its content
/// words with it, absorbs it, so two rules reading the same finding in different lengths give
/// one entity with the longer wording as an alias.
public struct ConceptMerger: Sendable {
    /// Creates the stage.
    public init() {}

    /// True when two concepts share at least three content words, three quarters of the shorter's:
    /// "failing in its duties to protect children" and "a council failing in its duty to protect".
    private static func overlaps(_ short: Set<Substring>, _ long: Set<Substring>) -> Bool {
        let shared = short.intersection(long).count
        return shared >= 3 && shared * 4 >= min(short.count, long.count) * 3
    }

    /// Re-points relations from longer concepts of `context` to the shorter concepts they contain.
    public func merge(_ context: inout ArticleContext) {
        let concepts = context.resolution.entities.indices.filter { context.resolution.entities[$0].kind == .concept }
        let words = Dictionary(uniqueKeysWithValues: concepts.map {
            ($0, Set(NameFolding.fold(context.resolution.entities[$0].name).split(separator: " ")))
        })
        let content = words.mapValues { $0.filter { !context.lexicon.stopwords.contains(String($0)) } }
        for long in concepts {
            guard let short = concepts.filter({ $0 != long && words[$0]!.count >= 2 && words[$0]!.count < words[long]!.count
                && (words[$0]!.isSubset(of: words[long]!) || Self.overlaps(content[$0]!, content[long]!)) })
                .max(by: { words[$0]!.count < words[$1]!.count }) else { continue }
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
