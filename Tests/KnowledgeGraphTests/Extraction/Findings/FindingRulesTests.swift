import Testing
@testable import KnowledgeGraph

/// Findings, recommendations and report references on invented sentences.
@Suite struct FindingRulesTests {
    private func finds(_ graph: Graph, _ subject: String, _ concept: String) -> Bool {
        ExtractionHelpers.relation(graph, subject, .found, concept) != nil
    }

    @Test func clauseAfterFoundKeepsItsSubject() throws {
        let graph = try ExtractionHelpers.graph("""
            A serious case review into the death of John Briggs found that nobody had ever asked the boy about his injuries.
            """)
        #expect(finds(graph, "serious case review into the death of John Briggs", "nobody had ever asked the boy about his injuries"))
    }

    @Test func quotedSentencesAndQuotedModifiers() throws {
        let graph = try ExtractionHelpers.graph("""
            An independent report into the case blamed 'deeply chaotic' management at the council.
            The report added: 'Fear bred a culture of silence and blame.'
            """)
        #expect(finds(graph, "independent report into the case", "deeply chaotic management"))
        #expect(finds(graph, "independent report into the case", "fear bred a culture of silence"))
    }

    @Test func existentialSpeechWithAQuotationIsAFinding() throws {
        let graph = try ExtractionHelpers.graph("""
            John Harding, the former Home Secretary, said there was 'complacency' around the issue.
            John Harding said he would visit Leeds.
            """)
        #expect(finds(graph, "John Harding", "complacency around the issue"))
        #expect(graph.entities.filter { $0.kind == .concept }.count == 1)
    }

    @Test func attributionAtTheEndOfTheSentence() throws {
        let graph = try ExtractionHelpers.graph("Warnings about the care home were ignored for years, a new report said today.")
        #expect(finds(graph, "new report", "warnings about the care home were ignored for years"))
    }

    @Test func genericReportMentionsJoinTheSpecificReport() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published in May.
            A damning report said the council had ignored warnings.
            """)
        let report = try #require(ExtractionHelpers.entity(graph, "Okafor Report", .report))
        #expect(report.aliases.contains("damning report"))
        #expect(graph.entities.filter { $0.kind == .report }.count == 1)
        #expect(finds(graph, "Okafor Report", "council had ignored warnings"))
    }

    @Test func reportsKnownByTheirDay() throws {
        let graph = try ExtractionHelpers.graph("Yesterday's report found prosecutors thought the main witness was unreliable.")
        #expect(ExtractionHelpers.entity(graph, "Yesterday's report", .report) != nil)
        #expect(finds(graph, "Yesterday's report", "prosecutors thought the main witness was unreliable"))
    }

    @Test func listsInsideAFindingAndOneConceptPerFinding() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published.
            The report found that no nurse, doctor or police officer saw the bedrooms.
            Barset needed a fresh start, Dr Okafor said.
            """)
        #expect(finds(graph, "Okafor Report", "no nurse, doctor or police officer saw the bedrooms"))
        #expect(ExtractionHelpers.entity(graph, "fresh start", .concept) != nil)
        #expect(graph.entities.filter { $0.kind == .concept && $0.allNames.contains { $0.contains("fresh start") } }.count == 1)
    }

    @Test func passiveCuesAndSpeechAboutTheSpeakerAreNoFindings() throws {
        let graph = try ExtractionHelpers.graph("""
            Mr Brian Tull was found guilty of fraud at Barset Crown Court.
            Dr Amara Okafor said she was 'stunned' at the decision.
            """)
        #expect(graph.entities.filter { $0.kind == .concept }.isEmpty)
    }

    @Test func clausesCutAtAnAuxiliaryAndNamesAreNoConcepts() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor concluded that the council and its partners could and should have acted sooner.
            Mr Brian Tull called on the chief executive of Barset Council Jane Pike, who has since left, to explain the decision.
            """)
        #expect(graph.entities.filter { $0.kind == .concept }.isEmpty)
    }

    @Test func aRatingIsReadAsRatedNotAsAConcept() throws {
        let graph = try ExtractionHelpers.graph("Ofsted found Westshire County Council's children's services to be 'inadequate'.")
        #expect(ExtractionHelpers.entity(graph, "inadequate", .concept) == nil)
        #expect(graph.relations.contains { $0.predicate == .rated && $0.attributes["rating"] == "inadequate" })
    }

    @Test func aFindingWithACauseIsNamedByTheCause() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published.
            The report found the warnings were ignored because managers were afraid of bad publicity.
            """)
        #expect(finds(graph, "Okafor Report", "managers were afraid of bad publicity"))
        #expect(!finds(graph, "Okafor Report", "warnings were ignored"))
    }

    @Test func theExistentialInARelativeClauseOfAQuotation() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor said: 'This review covers a time when there were grave lapses in our care homes.'
            """)
        #expect(finds(graph, "Amara Okafor", "grave lapses in our care homes"))
        #expect(!finds(graph, "Amara Okafor", "review covers a time"))
    }

    @Test func bulletedFindingsUnderAColon() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published on Monday.

            The report found:

              \u{2022} a culture of silence around complaints;
              \u{2022} Confirmed a "complete collapse of financial control" at the trust.

            Mr Brian Tull said the trust would respond.
            """)
        #expect(finds(graph, "Okafor Report", "culture of silence around complaints"))
        #expect(finds(graph, "Okafor Report", "complete collapse of financial control"))
        #expect(!graph.relations.contains { $0.rule == "finding-list" && $0.evidence.contains { $0.text.contains("respond") } })
    }

    @Test func aQuotedParagraphContinuesTheSpeakerBefore() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor, who chairs the panel, said: 'We were shocked by what we read about Mr Brian Tull's ward.

            'These wards are not properly staffed.

            'I was right to call for a full public inquiry.'

            'The hospital is a fine building.'
            """)
        #expect(finds(graph, "Amara Okafor", "wards are not properly staffed"))
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .recommended, "full public inquiry") != nil)
        #expect(!finds(graph, "Brian Tull", "wards are not properly staffed"))
        #expect(ExtractionHelpers.entity(graph, "hospital is a fine building", .concept) == nil)
    }

    @Test func aNameRightAfterAFindingVerbIsNotTheFinder() throws {
        let graph = try ExtractionHelpers.graph("Revealed Westshire County Council's failures to act on complaints.")
        #expect(!graph.relations.contains { $0.predicate == .found })
    }

    @Test func suggestedFindingsAndThisIsQuotations() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor suggested the governors were part of a wider network.
            Mr Brian Tull said: 'This is a clear case of neglect by the trust.'
            """)
        #expect(finds(graph, "Amara Okafor", "governors were part of a wider network"))
        #expect(finds(graph, "Brian Tull", "clear case of neglect by the trust"))
    }

    @Test func beliefsAreFindingsOrWhatWillHelp() throws {
        let graph = try ExtractionHelpers.graph("""
            Mr Brian Tull said: 'I still think patients in Barset are not safe enough.'
            Dr Amara Okafor said: 'I believe that a new board will restore trust in the hospital.'
            """)
        #expect(finds(graph, "Brian Tull", "patients in Barset are not safe enough"))
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .recommended, "new board") != nil)
        #expect(!finds(graph, "Amara Okafor", "new board will restore trust in the hospital"))
    }

    @Test func aQuotationOpenedEarlierInTheParagraphContinues() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published on Monday.
            The report found: 'Staff were never trained. The response of the managers came too late to help.'
            Dr Amara Okafor described Westshire County Council as chaotic. 'The wards are too crowded.'
            """)
        #expect(finds(graph, "Okafor Report", "response of the managers came too late to help"))
        #expect(finds(graph, "Amara Okafor", "wards are too crowded"))
        #expect(!finds(graph, "Westshire County Council", "wards are too crowded"))
    }

    @Test func twoWordingsOfOneFindingMakeOneConcept() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report found the trust was failing in its duty to protect elderly patients.
            The report said: 'A trust failing in its duty to protect elderly residents.'
            """)
        let concepts = graph.entities.filter { $0.kind == .concept && $0.allNames.contains { $0.contains("failing") } }
        #expect(concepts.count == 1)
    }

    @Test func aFindingAroundAParentheticalAttribution() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published on Monday.
            The leadership of the ward, it found, was 'remote', 'chaotic' and 'defensive'.
            """)
        #expect(finds(graph, "Okafor Report", "leadership of the ward remote, chaotic and defensive"))
    }

    @Test func aQuotationInsideAFindingIsKeptWholeAndDocumentsRead() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published on Monday.
            The report says the trust's board has 'taken a careful and thorough approach to safety' since May.
            'The hiring of experienced matrons has brought lasting improvement,' it reads.
            """)
        #expect(finds(graph, "Okafor Report", "trust's board has taken a careful and thorough approach to safety"))
        #expect(finds(graph, "Okafor Report", "hiring of experienced matrons has brought lasting improvement"))
    }

    @Test func aQuotedHeadNounKeepsItsPhrase() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published on Monday.
            It also said the 'turnover' of nurses at Barset, particularly on night shifts, left wards unsafe.
            """)
        #expect(finds(graph, "Okafor Report", "turnover of nurses at Barset"))
        #expect(ExtractionHelpers.entity(graph, "turnover of nurses at Barset", .concept)?.name == "turnover of nurses at Barset")
    }

    @Test func twoFindingsJoinedByAndHow() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report outlined how patients had waited hours for care and how their complaints had been ignored by managers.
            """)
        #expect(finds(graph, "Okafor Report", "patients had waited hours for care"))
        #expect(finds(graph, "Okafor Report", "complaints had been ignored by managers"))
    }

    @Test func aBodyAfterAPrepositionDoesNotFind() throws {
        let graph = try ExtractionHelpers.graph("""
            An investigation into Hillfield Academy Trust has found that trustees approved payments to a company.
            """)
        #expect(!finds(graph, "Hillfield Academy Trust", "trustees approved payments to a company"))
    }

    @Test func everyCoordinatedSchoolIsRated() throws {
        let graph = try ExtractionHelpers.graph("""
            Ofsted inspected the schools in May.
            The Hillfield School and Barset Primary School were both branded 'inadequate' after the inspections.
            """)
        for school in ["Hillfield School", "Barset Primary School"] {
            let rated = ExtractionHelpers.relation(graph, "Ofsted", .rated, school)
            #expect(rated?.attributes["rating"] == "inadequate")
        }
    }

    @Test func aNameAfterAPrepositionIsNotTheSpeaker() throws {
        let graph = try ExtractionHelpers.graph("""
            In a letter to health chief Dr Amara Okafor, the union said the wards were 'dangerously understaffed' and asked for an urgent review.
            """)
        #expect(!finds(graph, "Amara Okafor", "wards were dangerously understaffed"))
        #expect(!graph.relations.contains { $0.predicate == .recommended })
    }

    @Test func aReportRightBeforeItsVerbSpeaksNotItsAuthor() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published on Monday.
            Dr Okafor's report said 70 per cent of councillors were in denial about the problem.
            """)
        #expect(finds(graph, "Okafor Report", "70 per cent of councillors were in denial about the problem"))
    }

    @Test func anInspectorateSpeaksFindingsWithoutQuotes() throws {
        let graph = try ExtractionHelpers.graph("""
            Ofsted said the children's services of Barset Council were failing to protect vulnerable children.
            Barset Council said the inspection had been unfair.
            """)
        #expect(finds(graph, "Ofsted", "children's services of Barset Council were failing to protect vulnerable children"))
        #expect(!graph.relations.contains { $0.predicate == .found && ExtractionHelpers.entity(graph, "Barset Council", .body)?.id == $0.subject })
    }

    @Test func anApostropheOpensNoQuotation() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor said the parents' concerns were heard. The council failed to act on the complaints.
            """)
        #expect(!graph.relations.contains { $0.predicate == .found })
    }

    @Test func quotationsSkipApostrophes() {
        let (tokens, sentences) = ExtractionHelpers.sentences("The parents' group called it 'a total breakdown' of trust.")
        let sentence = sentences[0]
        let view = SentenceView(number: 0, sentence: sentence, tokens: tokens, mentions: [], entities: [],
                                stems: Set(tokens[sentence.tokens].map(\.stem)))
        #expect(view.quotations().map { view.text($0) } == ["a total breakdown"])
    }

    @Test func aNameQualifyingTheSubjectStaysInTheFinding() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report warned that Barset Council's reserves were dangerously low.
            The Okafor Report found that Westshire County Council was failing its residents.
            """)
        #expect(finds(graph, "Okafor Report", "Barset Council's reserves were dangerously low"))
        #expect(finds(graph, "Okafor Report", "failing its residents"))
    }

    @Test func aQuotedNounPhraseStopsBeforeAPreposition() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published on Monday.
            The report found a 'culture of fear' among senior nurses.
            """)
        #expect(ExtractionHelpers.entity(graph, "culture of fear", .concept)?.name == "culture of fear")
    }

    @Test func twoDifferentFindingsWithCommonWordsStayApart() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report said there was a culture of fear among senior nurses on the wards.
            The Okafor Report said there was a culture of bullying among senior managers on the wards every day.
            """)
        #expect(graph.entities.filter { $0.kind == .concept }.count == 2)
    }

    @Test func herInvestigationIsTheReportOfThePersonNamedLast() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor's report was published on Monday.

            It followed Mr Brian Tull's report on the wards, which found that beds were scarce.

            In her report, Dr Okafor said the trust was failing.

            The report said her investigation revealed:

              \u{2022} a culture of silence around complaints;
              \u{2022} weak oversight of the wards.
            """)
        #expect(finds(graph, "Okafor Report", "culture of silence around complaints"))
        #expect(!finds(graph, "Tull Report", "culture of silence around complaints"))
    }
}
