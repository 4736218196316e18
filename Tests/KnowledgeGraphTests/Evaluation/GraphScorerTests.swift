import Testing
@testable import KnowledgeGraph

@Suite struct GraphScorerTests {
    private let gold = try! Graph(
        documents: [],
        entities: [
            Entity(id: "amara-okafor", kind: .person, name: "Amara Okafor", aliases: ["Dr Okafor"]),
            Entity(id: "westshire-county-council", kind: .body, name: "Westshire County Council", aliases: ["WCC"]),
            Entity(id: "okafor-report", kind: .report, name: "Okafor Report"),
            Entity(id: "resignation-of-tom-reed-2019", kind: .event, name: "Resignation of Tom Reed (2019)"),
        ],
        relations: [
            Relation(subject: "amara-okafor", predicate: .authored, object: "okafor-report"),
            Relation(subject: "okafor-report", predicate: .criticised, object: "westshire-county-council"),
        ])

    @Test func aliasesAndTitlesMatchAndDuplicatesCostPrecision() throws {
        let output = try Graph(
            documents: [],
            entities: [
                Entity(id: "okafor", kind: .person, name: "Dr Okafor"),
                Entity(id: "amara", kind: .person, name: "Amara Okafor"),
                Entity(id: "wcc", kind: .body, name: "WCC"),
                Entity(id: "report", kind: .report, name: "Okafor Report"),
                Entity(id: "reed", kind: .event, name: "Resignation of Tom Reed (2019-05)"),
            ],
            relations: [
                Relation(subject: "okafor", predicate: .authored, object: "report"),
                Relation(subject: "report", predicate: .criticised, object: "wcc"),
                Relation(subject: "wcc", predicate: .leads, object: "okafor"),
            ])
        let card = GraphScorer.score(output, against: gold)
        #expect(card.entities == .init(right: 4, produced: 5, expected: 4))
        #expect(card.relations == .init(right: 2, produced: 3, expected: 2))
        #expect(card.wrongRelations == ["Westshire County Council -> leads -> Amara Okafor"])
        #expect(card.missedEntities.isEmpty)
    }

    @Test func kindsMustAgree() throws {
        let output = try Graph(documents: [], entities: [Entity(id: "x", kind: .place, name: "Amara Okafor")], relations: [])
        let card = GraphScorer.score(output, against: gold)
        #expect(card.entities.right == 0)
        #expect(card.report(details: true).contains("missed gold entities:\n  person   Amara Okafor"))
    }

    @Test func reportEndsWithTheSummaryLine() throws {
        let card = GraphScorer.score(gold, against: gold)
        let lines = card.report(details: false).split(separator: "\n")
        #expect(lines.last == "entities P=1.00 R=1.00 F1=1.00 relations P=1.00 R=1.00 F1=1.00")
        #expect(lines.contains("authored           1.00  1.00  1.00   (1/1)"))
    }
}
