import Testing
@testable import KnowledgeGraph

@Suite struct EntityResolverTests {
    private let graph: Graph
    private let resolver: EntityResolver
    init() throws {
        graph = try QueryTestGraph.make()
        resolver = EntityResolver(graph: graph)
    }

    private func resolved(_ name: String, _ kind: EntityKind? = nil) throws -> String {
        graph.entities[try resolver.resolve(name, kind: kind, at: 0..<name.count)].id
    }

    private func message(_ name: String, _ kind: EntityKind? = nil) -> String {
        do {
            _ = try resolver.resolve(name, kind: kind, at: 0..<name.count)
            return "resolved"
        } catch {
            return error.message
        }
    }

    @Test func namesAndAliasesMatchIgnoringCaseTitlesAndPunctuation() throws {
        #expect(try resolved("anna field") == "anna-field")
        #expect(try resolved("Ms. Field") == "anna-field")
        #expect(try resolved("FIELD'S") == "anna-field")
        #expect(try resolved("cabinet") == "westshire-council-cabinet")
    }

    @Test func aKindFilterSettlesAnAmbiguousName() throws {
        #expect(try resolved("Westshire", .place) == "westshire")
        #expect(try resolved("Westshire", .body) == "westshire-county-council")
    }

    @Test func aNameEndingAFullerNameFindsIt() throws {
        #expect(try resolved("Marsh") == "dana-marsh")
        #expect(try resolved("Office") == "inspection-office")
        #expect(try resolved("Council") == "westshire-county-council") // "Westshire Council" ends with it; the cabinet only contains it
    }

    @Test func aNameInsideAFullerNameFindsItWhenNothingEndsWithIt() throws {
        #expect(try resolved("Anna") == "anna-field")
    }

    @Test func ambiguityListsTheCandidatesWithTheirKinds() {
        #expect(message("Westshire") == "'Westshire' is ambiguous: it could be Westshire (place), Westshire County Council (body); "
                + "add a kind filter (\"Westshire\":body) or use a fuller name")
        #expect(message("Brian") == "'Brian' is ambiguous: it could be Brian Holt (person), Resignation of Brian Holt (2016) (event); "
                + "add a kind filter (\"Brian\":person) or use a fuller name")
    }

    @Test func unknownNamesSuggestTheClosest() {
        #expect(message("Anna Feild") == "no entity named 'Anna Feild' — did you mean Anna Field (person)?")
        #expect(message("Hollt").hasPrefix("no entity named 'Hollt' — did you mean Brian Holt (person)"))
        #expect(message("Zebedee").hasPrefix("no entity named 'Zebedee'; check the spelling"))
    }

    @Test func aWrongKindFilterSaysWhichKindTheNameHas() {
        #expect(message("Anna Field", .body) == "no body named 'Anna Field'; there is Anna Field (person): change or drop the kind filter")
    }
}
