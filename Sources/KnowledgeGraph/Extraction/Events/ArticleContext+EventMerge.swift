extension ArticleContext {
    /// Folds event `duplicate` into `canonical`: its names become aliases, its mentions and
    /// relations move over, and it is left without mentions or relations (so it is not output).
    mutating func merge(event duplicate: Int, into canonical: Int) {
        guard duplicate != canonical else { return }
        let old = resolution.entities[duplicate]
        resolution.entities[canonical].aliases.formUnion([old.name] + old.aliases)
        resolution.entities[canonical].aliases.remove(resolution.entities[canonical].name)
        resolution.entities[canonical].mentions += old.mentions
        resolution.entities[duplicate].mentions = []
        for sentence in resolution.mentions.indices {
            for index in resolution.mentions[sentence].indices where resolution.mentions[sentence][index].entity == duplicate {
                resolution.mentions[sentence][index].entity = canonical
            }
        }
        for index in relations.indices {
            if relations[index].subject == duplicate { relations[index].subject = canonical }
            if relations[index].object == duplicate { relations[index].object = canonical }
        }
        relations.removeAll { $0.subject == $0.object }
    }
}
