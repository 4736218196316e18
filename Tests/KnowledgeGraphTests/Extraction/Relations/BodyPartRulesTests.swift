import Testing
@testable import KnowledgeGraph

/// Rules about the parts of bodies: services, teams and branches, who leads them, and one name
/// for a council's part across articles that name the council differently.
@Suite struct BodyPartRulesTests {
    @Test func directorOfAServiceAtACouncilLeadsThatService() throws {
        let graph = try ExtractionHelpers.graph("""
            Jo Bloggs, director of adult services at Westshire County Council, said the service would improve.
            """)
        let service = try #require(graph.entities.first { $0.kind == .body && $0.name.hasSuffix("adult services") })
        #expect(ExtractionHelpers.relation(graph, service.name, .partOf, "Westshire County Council") != nil)
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .leads, service.name)?.attributes["role"] == "director of adult services")
    }

    @Test func namedServiceInAPlaceGivesThatPlacesCouncil() throws {
        let graph = try ExtractionHelpers.graph("Amara Okafor, Director of Highway Services at Dorset, will join in May.")
        let service = try #require(ExtractionHelpers.entity(graph, "Highway Services", .body))
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .leads, service.name) != nil)
        #expect(ExtractionHelpers.relation(graph, service.name, .partOf, "Dorset Council") != nil)
        #expect(ExtractionHelpers.relation(graph, "Dorset Council", .locatedIn, "Dorset") != nil)
    }

    @Test func placesDirectorBelongsToThatPlacesCouncilNotTheMainOne() throws {
        let graph = try ExtractionHelpers.graph("""
            Leeds's director of children's services, Jo Bloggs, said the city had improved. Kent County Council leader Tom Reed disagreed.
            """)
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .leads, "Leeds Council children's services") != nil)
        #expect(ExtractionHelpers.relation(graph, "Jo Bloggs", .leads, "Kent Council children's services") == nil)
    }

    @Test func theForcesBranchIsPartOfThePoliceForce() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire Police was criticised. An inquiry was run by the force's professional standards branch.
            """)
        #expect(ExtractionHelpers.relation(graph, "professional standards branch", .partOf, "Westshire Police") != nil)
    }

    @Test func theCouncilsDirectorOfAServiceIsNoPartButLeadsTheService() throws {
        let graph = try ExtractionHelpers.graph(
            "Barset Council was warned. The council's director of adult services, Helen Broad, told the BBC it would improve.")
        #expect(!graph.entities.contains { $0.kind == .body && $0.name.contains("director") })
        #expect(ExtractionHelpers.relation(graph, "Helen Broad", .leads, "Barset Council adult services") != nil)
    }

    @Test func schoolsListedAfterItsSchoolsArePartsOfTheTrust() throws {
        let graph = try ExtractionHelpers.graph("""
            Inspectors visited Hillfoot Primary School. A spokesman for Barset Education Trust said its three schools - \
            Moorside Academy, Hillfoot Primary and Lowfield School - were wrongly rated.
            """)
        #expect(ExtractionHelpers.relation(graph, "Hillfoot Primary School", .partOf, "Barset Education Trust")?.rule == "listed-part")
        #expect(ExtractionHelpers.relation(graph, "Moorside Academy", .partOf, "Barset Education Trust") != nil)
        #expect(ExtractionHelpers.relation(graph, "Lowfield School", .partOf, "Barset Education Trust") != nil)
    }

    @Test func itsServicesAreNoListOfBodies() throws {
        let graph = try ExtractionHelpers.graph("Barset Council said its services, Westshire Police and others would help.")
        #expect(ExtractionHelpers.relation(graph, "Westshire Police", .partOf, "Barset Council") == nil)
    }

    @Test func itsServiceIsPartOfTheBodyBeforeIt() throws {
        let graph = try ExtractionHelpers.graph("Barset Council will have to outsource all its child social services.")
        let service = try #require(ExtractionHelpers.entity(graph, "child social services", .body))
        #expect(ExtractionHelpers.relation(graph, service.name, .partOf, "Barset Council")?.rule == "its-part")
    }

    @Test func itsAfterABroadcasterIsNotTheBroadcasters() throws {
        let graph = try ExtractionHelpers.graph("Barset Council told the BBC its adult social care team was understaffed.")
        #expect(ExtractionHelpers.relation(graph, "Barset Council adult social care team", .partOf, "Barset Council") != nil)
        #expect(!graph.entities.contains { $0.name.hasPrefix("BBC") && $0.name.hasSuffix("team") })
    }

    @Test func itsAfterAPartIsTheOwnersPart() throws {
        let graph = try ExtractionHelpers.graph("""
            Barset Council was warned. It found the council's fostering team was overwhelmed and that its adult services department had failed.
            """)
        #expect(ExtractionHelpers.relation(graph, "Barset Council adult services department", .partOf, "Barset Council") != nil)
    }

    @Test func itsOwnServiceOfAPlaceIsPartOfItsCouncil() throws {
        let graph = try ExtractionHelpers.graph("""
            Leeds City Council apologised. Leeds was different: it had been told by its own youth service what was happening.
            """)
        #expect(ExtractionHelpers.relation(graph, "Leeds Council youth service", .partOf, "Leeds City Council") != nil)
    }

    @Test func singularAndPluralServiceAreOnePart() throws {
        let graph = try ExtractionHelpers.graph("""
            Barset Council's children's services were rated good. Barset Council says its children's service has improved.
            """)
        #expect(graph.entities.filter { $0.kind == .body && $0.name.contains("children") }.count == 1)
    }

    @Test func singularAndPluralServiceInTwoArticlesAreOnePart() throws {
        let first = SourceText(document: Document(id: "a", path: "a.txt", title: ""),
                               text: "Barset Council's children's services were rated good.")
        let second = SourceText(document: Document(id: "b", path: "b.txt", title: ""),
                                text: "Barset Council has seen its children's service improve.")
        let graph = try Extractor(lexicon: ExtractionHelpers.lexicon).extract([first, second])
        #expect(graph.entities.filter { $0.kind == .body && $0.name.contains("children") }.count == 1)
    }

    @Test func theCouncilsAcronymTeamIsPartOfTheCouncil() throws {
        let graph = try ExtractionHelpers.graph("Barset Council was warned. The council's CSE team was poorly directed.")
        #expect(ExtractionHelpers.relation(graph, "Barset Council CSE team", .partOf, "Barset Council") != nil)
    }

    @Test func placesNamedServiceIsPartOfItsCouncil() throws {
        let graph = try ExtractionHelpers.graph("""
            Kent County Council apologised. Kent's Education Welfare Service manager wrote to social services.
            """)
        #expect(ExtractionHelpers.relation(graph, "Education Welfare Service", .partOf, "Kent County Council") != nil)
    }

    @Test func councilPartIsNamedAfterThePlaceInEveryArticle() throws {
        let first = SourceText(document: Document(id: "a", path: "a.txt", title: ""),
                               text: "Westshire Metropolitan Borough Council's cabinet resigned.")
        let second = SourceText(document: Document(id: "b", path: "b.txt", title: ""), text: "Westshire MBC's cabinet met.")
        let graph = try Extractor(lexicon: ExtractionHelpers.lexicon).extract([first, second])
        let cabinets = graph.entities.filter { $0.kind == .body && $0.name.hasSuffix("cabinet") }
        #expect(cabinets.map(\.name) == ["Westshire Council cabinet"])
        #expect(cabinets.first?.aliases.contains("Westshire MBC cabinet") == true)
    }
}
