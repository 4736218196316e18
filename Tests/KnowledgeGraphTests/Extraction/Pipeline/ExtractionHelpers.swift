@testable import KnowledgeGraph

/// Shared helpers for the extraction tests: run the pipeline on an invented article and ask
/// the resulting graph simple questions by name.
enum ExtractionHelpers {
    static let lexicon: Lexicon = try! Lexicon.bundled.get()

    /// The graph of one article whose text is `text`.
    static func graph(_ text: String, id: String = "article") throws -> Graph {
        try Extractor(lexicon: lexicon).extract([SourceText(document: Document(id: id, path: "\(id).txt", title: ""), text: text)])
    }

    /// The entity of `kind` named (or aliased) `name`, if exactly one exists.
    static func entity(_ graph: Graph, _ name: String, _ kind: EntityKind) -> Entity? {
        let found = graph.positions(named: name).map { graph.entities[$0] }.filter { $0.kind == kind }
        return found.count == 1 ? found[0] : nil
    }

    /// The relation `subject -predicate-> object`, found by folded names.
    static func relation(_ graph: Graph, _ subject: String, _ predicate: Predicate, _ object: String) -> Relation? {
        for position in graph.positions(named: subject) {
            for index in graph.outgoing(from: position, predicate) {
                let target = graph.entities[graph.object(of: index)]
                if target.allNames.contains(where: { NameFolding.fold($0) == NameFolding.fold(object) }) { return graph.relations[index] }
            }
        }
        return nil
    }

    /// The tokens and sentences of `text` after clean-up.
    static func sentences(_ text: String) -> (tokens: [Token], sentences: [Sentence]) {
        let tokens = Tokenizer.tokenize(TextCleaner(boilerplate: lexicon.boilerplate).clean(text))
        return (tokens, SentenceSplitter(lexicon: lexicon).split(tokens))
    }

    /// The mentions the detector finds in the first sentence of `text`.
    static func mentions(_ text: String) -> [DetectedMention] {
        let (tokens, sentences) = sentences(text)
        let detector = MentionDetector(lexicon: lexicon, commonWords: MentionDetector.commonWords(in: tokens))
        return detector.detect(in: sentences[0], tokens: tokens)
    }
}
