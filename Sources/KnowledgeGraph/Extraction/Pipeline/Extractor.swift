/// Turns articles into an evidenced knowledge graph.
///
/// The pipeline, one stage per type: `TextCleaner` → `Tokenizer` → `SentenceSplitter` →
/// `MentionDetector` → `CoreferenceResolver` (within one article) → `ReportReferences` →
/// `BodyMerger` → `RoleExtractor`, `LeadershipRelations`, `RelationExtractor`, `ConceptExtractor`,
/// `RecommendationExtractor`, `ListFindingExtractor`, `QuotedParagraphExtractor`,
/// `CriticismExtractor`, `EventExtractor`, `ReportRelations`, `LetterReports`,
/// `ReportAuthorMerger`, `IncidentExtractor`, `PowerTransferEvents`, `ElectionEvents` (with
/// `DateResolver`) → `EventAliases`, `ConceptMerger`, `InspectionReportYears` → `GraphBuilder`
/// (merges entities across articles and assigns ids).
public struct Extractor: Sendable {
    private let lexicon: Lexicon

    /// Creates an extractor with the bundled linguistic resources.
    public init() throws {
        lexicon = try Lexicon.bundled.get()
    }

    /// Creates an extractor over the given lexicon.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Extracts one graph from all `sources`, merging entities across documents.
    public func extract(_ sources: [SourceText]) throws -> Graph {
        var builder = GraphBuilder()
        var relations = RelationAccumulator()
        for source in sources.sorted(by: { $0.document.id < $1.document.id }) {
            let article = analyse(source.text)
            let scalars = Array(source.text.unicodeScalars)
            var document = source.document
            if let first = article.tokens.first(where: { $0.shape != .number }) { document.title = Self.line(of: first, in: scalars) }
            builder.addDocument(document)
            add(article, of: source, scalars: scalars, to: &builder, relations: &relations)
        }
        relations.flush(into: &builder)
        return try builder.build()
    }

    /// The whole line of the article's `scalars` that holds `token`, trimmed: the title of an
    /// article is its first line of words, after the clean-up has blanked web boilerplate (and
    /// skipping a dateline such as "29.01.18").
    private static func line(of token: Token, in scalars: [Unicode.Scalar]) -> String {
        var start = token.start, end = token.start
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        return String(String.UnicodeScalarView(scalars[start..<end])).trimmingCharacters(in: .whitespaces)
    }

    /// Runs the pipeline on one article's text and returns its entities and relations.
    public func analyse(_ text: String) -> ArticleContext {
        let scalars = TextCleaner(boilerplate: lexicon.boilerplate).clean(text)
        let tokens = Tokenizer.tokenize(scalars)
        let sentences = SentenceSplitter(lexicon: lexicon).split(tokens)
        let detector = MentionDetector(lexicon: lexicon, commonWords: MentionDetector.commonWords(in: tokens))
        let detected = sentences.map { detector.detect(in: $0, tokens: tokens) }
        var resolution = CoreferenceResolver(lexicon: lexicon).resolve(detected, sentences: sentences, tokens: tokens)
        ReportReferences().merge(&resolution, sentences: sentences, tokens: tokens)
        BodyMerger(lexicon: lexicon).merge(&resolution)
        let dateResolver = DateResolver(months: lexicon.months)
        let articleDate = dateResolver.articleDate(tokens)
        var context = articleDate
        var dates: [String?] = []
        for sentence in sentences {
            let date = dateResolver.date(in: tokens[sentence.tokens], context: articleDate ?? context)
            if let date, articleDate == nil { context = date }
            dates.append(date)
        }
        var article = ArticleContext(lexicon: lexicon, resolution: resolution, tokens: tokens, sentences: sentences, dates: dates)
        RoleExtractor(lexicon: lexicon).extract(&article)
        LeadershipRelations(lexicon: lexicon).extract(&article)
        RelationExtractor(lexicon: lexicon).extract(&article)
        ConceptExtractor(lexicon: lexicon).extract(&article)
        RecommendationExtractor(lexicon: lexicon).extract(&article)
        ListFindingExtractor(lexicon: lexicon).extract(&article)
        QuotedParagraphExtractor(lexicon: lexicon).extract(&article)
        CriticismExtractor(lexicon: lexicon).extract(&article)
        EventExtractor(lexicon: lexicon).extract(&article)
        ReportRelations().extract(&article)
        LetterReports().extract(&article)
        ReportAuthorMerger().merge(&article)
        IncidentExtractor().extract(&article)
        PowerTransferEvents(lexicon: lexicon).extract(&article)
        ElectionEvents(lexicon: lexicon).extract(&article)
        EventAliases().add(&article)
        ConceptMerger().merge(&article)
        InspectionReportYears().name(&article)
        return article
    }

    /// Adds one analysed article's entities (with mentions) and relations (with evidence) to `builder`.
    private func add(_ article: ArticleContext, of source: SourceText, scalars: [Unicode.Scalar], to builder: inout GraphBuilder,
                     relations accumulator: inout RelationAccumulator) {
        let doc = source.document.id
        var handles: [Int: GraphBuilder.Handle] = [:]
        let used = Set(article.relations.flatMap { [$0.subject, $0.object] })
        for (index, entity) in article.resolution.entities.enumerated() where !entity.mentions.isEmpty || used.contains(index) {
            let mentions = entity.mentions.map {
                Mention(doc: doc, start: article.tokens[$0.lowerBound].start, end: article.tokens[$0.upperBound - 1].end)
            }
            handles[index] = builder.addEntity(kind: entity.kind, name: entity.name, aliases: entity.aliases.sorted(),
                                               attributes: entity.attributes, mentions: mentions)
        }
        var texts: [Int: String] = [:]
        for relation in article.relations {
            guard let subject = handles[relation.subject], let object = handles[relation.object] else { continue }
            let sentence = article.sentences[relation.sentence]
            let text = texts[relation.sentence] ?? String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end]))
            texts[relation.sentence] = text
            let evidence = Evidence(doc: doc, start: sentence.start, end: sentence.end, text: text)
            accumulator.add(subject: subject, object: object,
                            Relation(subject: "", predicate: relation.predicate, object: "", attributes: relation.attributes,
                                     confidence: relation.confidence, rule: relation.rule, evidence: [evidence]))
        }
    }
}
