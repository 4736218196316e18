@testable import KnowledgeGraph

/// A small invented graph (the county of Westshire) for query tests that must not depend on
/// the extractor or on the seed articles.
enum QueryTestGraph {
    static func make() throws -> Graph {
        let entities = [
            Entity(id: "anna-field", kind: .person, name: "Anna Field", aliases: ["Field", "Ms Field"]),
            Entity(id: "brian-holt", kind: .person, name: "Brian Holt", aliases: ["Holt"], attributes: ["role": "leader"]),
            Entity(id: "dana-marsh", kind: .person, name: "Dana Marsh"),
            Entity(id: "westshire-county-council", kind: .body, name: "Westshire County Council", aliases: ["Westshire", "Westshire Council"]),
            Entity(id: "westshire-council-cabinet", kind: .body, name: "Westshire Council cabinet", aliases: ["cabinet"]),
            Entity(id: "inspection-office", kind: .body, name: "Inspection Office"),
            Entity(id: "field-report", kind: .report, name: "Field Report", attributes: ["date": "2016-03"]),
            Entity(id: "resignation-of-brian-holt-2016", kind: .event, name: "Resignation of Brian Holt (2016)", attributes: ["date": "2016-05"]),
            Entity(id: "election-2017", kind: .event, name: "Election (2017)", attributes: ["date": "2017"]),
            Entity(id: "fresh-leadership", kind: .concept, name: "fresh leadership"),
            Entity(id: "poor-oversight", kind: .concept, name: "poor oversight"),
            Entity(id: "westshire", kind: .place, name: "Westshire"),
        ]
        let sentence = Evidence(doc: "w1", start: 10, end: 52, text: "Anna Field wrote the Field Report in March.")
        func fact(_ subject: String, _ predicate: Predicate, _ object: String, _ attributes: [String: String] = [:],
                  _ evidence: [Evidence] = []) -> Relation {
            Relation(subject: subject, predicate: predicate, object: object, attributes: attributes, evidence: evidence)
        }
        let relations = [
            fact("anna-field", .authored, "field-report", ["date": "2016-03"], [sentence]),
            fact("field-report", .found, "poor-oversight"),
            fact("field-report", .recommended, "fresh-leadership"),
            fact("anna-field", .recommended, "fresh-leadership", [:],
                 [Evidence(doc: "w1", start: 60, end: 99, text: "A fresh leadership is needed, Ms Field said.")]),
            fact("brian-holt", .leads, "westshire-county-council", ["role": "leader"]),
            fact("brian-holt", .resignedFrom, "westshire-county-council", ["date": "2016-05", "role": "leader"]),
            fact("brian-holt", .memberOf, "westshire-council-cabinet", ["role": "member"]),
            fact("westshire-council-cabinet", .partOf, "westshire-county-council"),
            fact("inspection-office", .inspected, "westshire-county-council", ["date": "2015-11"]),
            fact("inspection-office", .criticised, "westshire-county-council"),
            fact("inspection-office", .commissioned, "field-report"),
            fact("field-report", .ledTo, "resignation-of-brian-holt-2016"),
            fact("westshire-county-council", .locatedIn, "westshire"),
        ]
        return try Graph(documents: [Document(id: "w1", path: "w1.txt", title: "Westshire leader quits")],
                         entities: entities, relations: relations)
    }
}
