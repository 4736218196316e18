import Testing
@testable import KnowledgeGraph

/// Places the gazetteer does not know, shown by their neighbours, countries, and where bodies
/// are ("<body> in <place>, <place>").
@Suite struct PlaceRulesTests {
    @Test func unknownTownNearAKnownOneIsAPlace() throws {
        let graph = try ExtractionHelpers.graph("The attack in Hillfoot, near Leeds, shocked residents.")
        #expect(ExtractionHelpers.entity(graph, "Hillfoot", .place) != nil)
    }

    @Test func areaOfATownIsAPlace() throws {
        let graph = try ExtractionHelpers.graph("The abuse began at two takeaways in the Moorside area of Leeds.")
        #expect(ExtractionHelpers.entity(graph, "Moorside", .place) != nil)
    }

    @Test func unknownWordWithoutAPlaceContextIsNoPlace() throws {
        let graph = try ExtractionHelpers.graph("The report was sent to Moorside, who replied at once.")
        #expect(ExtractionHelpers.entity(graph, "Moorside", .place) == nil)
    }

    @Test func countriesArePlaces() throws {
        let graph = try ExtractionHelpers.graph("The couple, both originally from Poland, were jailed.")
        #expect(ExtractionHelpers.entity(graph, "Poland", .place) != nil)
    }

    @Test func bodyInAPlaceIsLocatedThereAndInTheRegion() throws {
        let graph = try ExtractionHelpers.graph("Pupils: Hillfoot Primary School in Leeds, West Yorkshire, where the boy studied.")
        #expect(ExtractionHelpers.relation(graph, "Hillfoot Primary School", .locatedIn, "Leeds")?.rule == "body-in-place")
        #expect(ExtractionHelpers.relation(graph, "Hillfoot Primary School", .locatedIn, "West Yorkshire") != nil)
    }

    @Test func bodyInAYearIsNowhere() throws {
        let graph = try ExtractionHelpers.graph("Hillfoot Primary School in 2015 was rated good.")
        #expect(!graph.relations.contains { $0.predicate == .locatedIn })
    }
}
