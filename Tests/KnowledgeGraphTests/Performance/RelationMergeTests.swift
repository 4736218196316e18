import Testing
@testable import KnowledgeGraph

@Suite struct RelationMergeTests {
    private func reading(_ rule: String, _ confidence: Double, _ start: Int, attributes: [String: String] = [:]) -> Relation {
        Relation(subject: "a", predicate: .leads, object: "b", attributes: attributes, confidence: confidence, rule: rule,
                 evidence: [Evidence(doc: "d", start: start, end: start + 5, text: "s\(start)")])
    }

    @Test func mergingUnitesEvidenceAndRulesAndKeepsFirstAttributes() {
        let readings = [reading("r2", 0.5, 30, attributes: ["role": "leader"]), reading("r1,r3", 0.9, 10),
                        reading("r2", 0.7, 30, attributes: ["role": "chair", "date": "2015"]), reading("", 0.6, 20)]
        let merged = Relation.merged(readings)
        #expect(merged.evidence.map(\.start) == [10, 20, 30])
        #expect(merged.rule == "r1,r2,r3")
        #expect(merged.attributes == ["role": "leader", "date": "2015"])
        #expect(merged.confidence == 0.9)
    }
}
