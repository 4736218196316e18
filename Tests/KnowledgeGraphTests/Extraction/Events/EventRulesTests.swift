import Testing
@testable import KnowledgeGraph

/// Event rules (transfers of powers, debates, scandals, appointments, causes) on invented sentences.
@Suite struct EventRulesTests {
    @Test func datedReturnsOfPowersAreEventsTheReceiverTakesPartIn() throws {
        let graph = try ExtractionHelpers.graph("""
            The Westshire County Council cabinet was told in March 2019 that commissioners would stay.
            In June 2020 it was announced the council's cabinet was to regain responsibility for housing and planning.
            Licensing powers were restored in October 2020 before the council regained responsibilities for adult social care four months later.
            """)
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council cabinet", .participatedIn, "Return of powers (2020-06)") != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .participatedIn, "Return of licensing powers (2020-10)") != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .participatedIn, "Return of powers (2021-02)") != nil)
    }

    @Test func aProposedOrUndatedHandBackIsNoEvent() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council was criticised in May 2019.
            "The decision to hand back the remaining functions is a significant one," Dr Amara Okafor said.
            Many of these functions have now been returned to the council.
            """)
        #expect(!graph.entities.contains { $0.kind == .event && $0.name.hasPrefix("Return of") })
    }

    @Test func strippingACouncilOfItsPowersIsARemovalEvent() throws {
        let graph = try ExtractionHelpers.graph("Education Secretary John Briggs has stripped Barset Borough Council of its powers to run children's services.")
        let removal = "Removal of Barset Borough Council's powers"
        #expect(ExtractionHelpers.relation(graph, "Barset Borough Council", .participatedIn, removal) != nil)
        #expect(ExtractionHelpers.relation(graph, "John Briggs", .participatedIn, removal) != nil)
        #expect(ExtractionHelpers.relation(graph, removal, .locatedIn, "Barset") != nil)
    }

    @Test func oneNamedDebatePerArticleWithItsSpeakersAndChair() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire Council's leader was criticised in a Barset Radio debate.
            Coun Amara Okafor, speaking during the Westshire: Which Way? debate, said the focus must be on rebuilding.
            Chairing the debate, John Briggs said: "There is a view in the audience."
            There have also been calls for a public debate on the law.
            """)
        let debate = try #require(ExtractionHelpers.entity(graph, "Westshire: Which Way? debate", .event))
        #expect(debate.aliases.contains("Barset Radio debate"))
        #expect(graph.entities.filter { $0.kind == .event }.count == 1)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .participatedIn, debate.name)?.attributes["role"] == "speaker")
        #expect(ExtractionHelpers.relation(graph, "John Briggs", .participatedIn, debate.name)?.attributes["role"] == "chair")
    }

    @Test func theIntervieweeNotTheNewspaperTakesPartInAnInterview() throws {
        let graph = try ExtractionHelpers.graph("Ann Wood said in a Barset Gazette interview that the council had improved.")
        #expect(ExtractionHelpers.relation(graph, "Ann Wood", .participatedIn, "Barset Gazette interview") != nil)
        #expect(ExtractionHelpers.relation(graph, "Barset Gazette", .participatedIn, "Barset Gazette interview") == nil)
    }

    @Test func anotherScandalIsNotTheArticlesScandal() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council was criticised over the child abuse scandal.
            Its former director has presided over another neglect scandal.
            """)
        #expect(ExtractionHelpers.relation(graph, "Westshire child abuse scandal", .locatedIn, "Westshire") != nil)
        #expect(!graph.entities.contains { $0.name.contains("neglect scandal") })
    }

    @Test func appointmentsNameTheAppointeeAndKeepTheMonth() throws {
        let graph = try ExtractionHelpers.graph("""
            In February 2019, Westshire secretary John Briggs took the step of appointing a team of five commissioners to take over the running of Barset Council.
            When Mr Briggs appointed his commissioners later that month, he said he was sure.
            A children's social care commissioner was swiftly appointed amid concerns of failure.
            Dr Amara Okafor had been appointed by a panel in June 2013.
            """)
        let commissioners = try #require(ExtractionHelpers.entity(graph, "Appointment of commissioners (2019)", .event))
        #expect(commissioners.aliases.contains("Appointment of commissioners (2019-02)"))
        #expect(ExtractionHelpers.relation(graph, "John Briggs", .participatedIn, commissioners.name) != nil)
        #expect(ExtractionHelpers.relation(graph, "Commissioners", .participatedIn, commissioners.name) != nil)
        #expect(ExtractionHelpers.entity(graph, "Appointment of children's social care commissioner", .event) != nil)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .participatedIn, "Appointment of Amara Okafor (2013)") != nil)
    }

    @Test func aReducedPassiveAppointmentNamesTheOneBeforeTheVerb() throws {
        let graph = try ExtractionHelpers.graph("Dr Amara Okafor, appointed by Westshire County Council in May 2019, starts work next week.")
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .participatedIn, "Appointment of Amara Okafor (2019)") != nil)
        #expect(!graph.entities.contains { $0.name.hasPrefix("Appointment of Westshire") })
    }

    @Test func aPossessiveAppointmentIsTheOwnersAndADutyToAppointIsNoEvent() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor's appointment as chair of the Westshire Safeguarding Children Board was criticised in 2020.
            The commissioners will also have the functions of appointing the chief executive.
            """)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .participatedIn, "Appointment of Amara Okafor (2020)") != nil)
        #expect(!graph.entities.contains { $0.name.hasPrefix("Appointment of chief executive") })
    }

    @Test func aNameAfterAPrepositionIsNotTheOneWhoLeaves() throws {
        let graph = try ExtractionHelpers.graph("""
            The director who was blasted over murdered schoolboy John Briggs has stepped down from his new post.
            The Westshire County Council cabinet met in 2015.
            Commissioners took over the functions of the council's cabinet, which resigned in 2015.
            """)
        #expect(!graph.entities.contains { $0.name.hasPrefix("Resignation of John Briggs") })
        #expect(ExtractionHelpers.entity(graph, "Resignation of the Westshire cabinet (2015)", .event) != nil)
    }

    @Test func aScandalThatCostSomeoneTheirJobLedToTheirDeparture() throws {
        let graph = try ExtractionHelpers.graph("""
            In 2014 the scandal also cost Westshire County Council's director Amara Okafor her job.
            Westshire was shaken by the child abuse scandal.
            """)
        let departure = try #require(ExtractionHelpers.entity(graph, "Departure of Amara Okafor (2014)", .event))
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .participatedIn, departure.name) != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire child abuse scandal", .ledTo, departure.name) != nil)
    }

    @Test func aCaseNamedAfterOverCausedTheSacking() throws {
        let graph = try ExtractionHelpers.graph("Amara Okafor, who was sacked over the Baby Z case in 2009, spoke out.")
        #expect(ExtractionHelpers.relation(graph, "Baby Z case", .ledTo, "Sacking of Amara Okafor (2009)") != nil)
    }

    @Test func inquiriesAndInvestigationsAreEventsOfWhoeverHoldsThem() throws {
        let graph = try ExtractionHelpers.graph("""
            In 2016 Ofsted's three-month inquiry resulted in five schools being put into special measures.
            The schools faced a set of Westshire County Council investigations.
            """)
        #expect(ExtractionHelpers.relation(graph, "Ofsted", .participatedIn, "Ofsted inquiry (2016)") != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .participatedIn, "Westshire County Council investigation (2016)") != nil)
        #expect(!graph.relations.contains { $0.predicate == .ledTo })
    }

    @Test func theCausingReportStandsOnTheCausesSideOfTheCue() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report sparked the resignation of council leader John Briggs in 2016.
            Council leader Ann Wood resigned in 2016 and the Barset Review said so.
            """)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .ledTo, "Resignation of John Briggs (2016)") != nil)
        #expect(ExtractionHelpers.relation(graph, "Barset Review", .ledTo, "Resignation of Ann Wood (2016)") == nil)
    }

    @Test func aNewReportInTheOpeningIsTheFirstOneTheArticleNames() throws {
        let graph = try ExtractionHelpers.graph("""
            A damning new report sparked the resignation of council leader John Briggs in 2016.
            The Okafor Report found the council was failing, as the Barset Report had warned.
            The Barset Report was ignored. The Barset Report was shelved.
            """)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .ledTo, "Resignation of John Briggs (2016)") != nil)
        #expect(ExtractionHelpers.relation(graph, "Barset Report", .ledTo, "Resignation of John Briggs (2016)") == nil)
    }

    @Test func anIncidentInAPlaceIsNamedAndLocatedByIt() throws {
        let graph = try ExtractionHelpers.graph("The brothers were jailed over the 'appalling' attack in Edlby, near Westshire.")
        #expect(ExtractionHelpers.relation(graph, "Edlby attack", .locatedIn, "Edlby") != nil)
    }

    @Test func localElectionsAreDatedAndLocatedInTheCouncilsTown() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council was criticised.
            The order would move the council to holding all-out elections 2021, and a general election was not affected.
            """)
        #expect(ExtractionHelpers.relation(graph, "All-out elections (2021)", .locatedIn, "Westshire") != nil)
        #expect(!graph.entities.contains { $0.name.hasPrefix("General election") })
    }

    @Test func theReportIsTheNarrativesNotOneASpeakerQuoted() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report found the council was failing.

            Dr Okafor's report said most councillors were in denial. She told The Star: "I still think children are not safe.

            "I did not expect it. It is because nobody accepted the Barset Report.

            The report has sparked a new criminal investigation by the National Crime Agency.
            """)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .ledTo, "National Crime Agency investigation") != nil)
        #expect(ExtractionHelpers.relation(graph, "Barset Report", .ledTo, "National Crime Agency investigation") == nil)
    }

    @Test func aRepeatedReportAliasTakesItsAuthorWhoInvestigatedTheDeath() throws {
        let graph = try ExtractionHelpers.graph("""
            A serious case review into the death of Ann Wood found key opportunities were missed.
            The serious case review by Westshire Safeguarding Children Board concluded the girl was invisible.
            """)
        #expect(ExtractionHelpers.relation(graph, "Westshire Safeguarding Children Board", .authored,
                                           "serious case review into the death of Ann Wood") != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire Safeguarding Children Board", .investigated, "death of Ann Wood") != nil)
    }

    @Test func powersMootedForReturnAreAProposedReturn() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council was praised in 2019.
            Further powers over waste collection were mooted for return in July 2020.
            """)
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .participatedIn,
                                           "Proposed return of further powers (2020-07)") != nil)
        let other = try ExtractionHelpers.graph("Westshire County Council, which had proposed reforms, regained powers in May 2020.")
        #expect(!other.entities.contains { $0.name.hasPrefix("Proposed") })
        #expect(ExtractionHelpers.relation(other, "Westshire County Council", .participatedIn, "Return of powers (2020-05)") != nil)
    }

    @Test func appearingBeforeACommitteeIsAHearing() throws {
        let graph = try ExtractionHelpers.graph("Ann Wood will face questions when Dr Amara Okafor appears before the Westshire Scrutiny Committee in 2020.")
        let hearing = "Westshire Scrutiny Committee hearing"
        #expect(ExtractionHelpers.relation(graph, "Westshire Scrutiny Committee", .participatedIn, hearing) != nil)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .participatedIn, hearing)?.attributes["role"] == "witness")
    }

    @Test func theAppointerIsTheSubjectOfItsClause() throws {
        let graph = try ExtractionHelpers.graph("Barset Council was judged inadequate by Ofsted in 2008 - and it appointed a new director.")
        #expect(ExtractionHelpers.relation(graph, "Ofsted", .participatedIn, "Appointment of director (2008)") == nil)
    }

    @Test func anInspectionIsLocatedInTheInspectedCouncilsTownAndAnInvestigationIntoABodyInvestigatesIt() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council was criticised in 2014.
            Dr Amara Okafor had been sent in to inspect the council.
            An investigation into Barset Police by the Westshire Standards Agency began in 2015.
            """)
        #expect(ExtractionHelpers.relation(graph, "Okafor inspection (2014)", .locatedIn, "Westshire") != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire Standards Agency", .investigated, "Barset Police") != nil)
    }

    @Test func aDeathIsReadPastAgeWordsAndARelativeClause() throws {
        let graph = try ExtractionHelpers.graph("""
            The review into the death of two-year-old Tom Briggs was delayed.
            Ann Wood, who died in 2017, had been in care.
            """)
        #expect(ExtractionHelpers.entity(graph, "death of Tom Briggs", .event) != nil)
        #expect(ExtractionHelpers.entity(graph, "death of Ann Wood (2017)", .event) != nil)
    }

    @Test func aYearAfterSinceDoesNotDateTheSentencesEvent() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council was criticised in March 2019.
            Dr Amara Okafor, who had led the council since 2012, said she was stepping down.
            """)
        #expect(ExtractionHelpers.entity(graph, "Resignation of Amara Okafor (2019)", .event) != nil)
    }

    @Test func whoeverIsSackedOrSuspendedGoesNotWhoeverSacks() throws {
        let graph = try ExtractionHelpers.graph("""
            Commissioner Ann Wood said she had sacked the deputy chief constable, Peter Smith, in January 2018.
            The chief constable, Tom Briggs, has been suspended in 2018.
            """)
        #expect(ExtractionHelpers.entity(graph, "Sacking of Peter Smith (2018)", .event) != nil)
        #expect(!graph.entities.contains { $0.name.hasPrefix("Sacking of Ann Wood") })
        #expect(ExtractionHelpers.relation(graph, "Tom Briggs", .participatedIn, "Suspension of Tom Briggs (2018)") != nil)
    }

    @Test func aPossessiveResignationIsTheOwnersButACallForOneIsNot() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report prompted Dr Amara Okafor's resignation in 2016.
            Campaigners renewed their calls for John Briggs's resignation.
            """)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .ledTo, "Resignation of Amara Okafor (2016)") != nil)
        #expect(!graph.entities.contains { $0.name.hasPrefix("Resignation of John Briggs") })
    }

    @Test func membersOfAnAppointedBodyTakePartInItsAppointment() throws {
        let graph = try ExtractionHelpers.graph("""
            In May 2019 Westshire secretary John Briggs took the step of appointing a team of five commissioners to take over the running of Barset Council.
            Later, one of the lead commissioners, Sir Ed Smith, told the Barset Gazette there was progress.
            """)
        #expect(ExtractionHelpers.relation(graph, "Ed Smith", .participatedIn, "Appointment of commissioners (2019)") != nil)
        #expect(ExtractionHelpers.relation(graph, "Appointment of commissioners (2019)", .locatedIn, "Barset") != nil)
    }

    @Test func aTownsScandalIsOneEventAcrossArticles() throws {
        let first = SourceText(document: Document(id: "a", path: "a.txt", title: ""),
                               text: "Westshire County Council faced the child sex abuse scandal.")
        let second = SourceText(document: Document(id: "b", path: "b.txt", title: ""),
                                text: "Westshire County Council denied the child sexual exploitation scandal.")
        let graph = try Extractor(lexicon: ExtractionHelpers.lexicon).extract([first, second])
        let scandal = try #require(ExtractionHelpers.entity(graph, "Westshire scandal", .event))
        #expect(scandal.aliases.contains("child sex abuse scandal") && scandal.aliases.contains("child sexual exploitation scandal"))
    }

    @Test func aBareInspectionIsTheSentencesInspectorates() throws {
        let graph = try ExtractionHelpers.graph("Barset Borough Council was rated inadequate by Ofsted after an inspection in May 2019.")
        #expect(ExtractionHelpers.relation(graph, "Ofsted", .participatedIn, "Ofsted inspection (2019)") != nil)
    }

    @Test func anInterviewWithoutASpeakerIsGivenByWhoOpenedTheSentenceBefore() throws {
        let graph = try ExtractionHelpers.graph("""
            Sir Ed Smith last night piled further pressure on the minister.

            The claim, in a Barset Gazette interview, came hours after the minister spoke.
            """)
        #expect(ExtractionHelpers.relation(graph, "Ed Smith", .participatedIn, "Barset Gazette interview")?.attributes["role"] == "interviewee")
    }

    @Test func aGenericReportIsNeverAMinistersStatement() throws {
        let graph = try ExtractionHelpers.graph("""
            The minister will send in commissioners, following a damning inspection report.
            In an oral statement to MPs this afternoon, Jo Bloggs said the Okafor Report was right.
            """)
        let report = try #require(ExtractionHelpers.entity(graph, "Okafor Report", .report))
        #expect(report.aliases.contains("damning inspection report"))
    }

    @Test func aResignationInTheAftermathOfAReportWasCausedByIt() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report was published in 2014.
            Council leader John Briggs resigned in the immediate aftermath of the report.
            """)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .ledTo, "Resignation of John Briggs (2014)") != nil)
    }

    @Test func aPronounDiesForThePersonItsSentenceNamed() throws {
        let graph = try ExtractionHelpers.graph("""
            Tom Briggs went on the council's list eight months before he died from abuse in August 2017.
            Ann Wood was there. He died later.
            """)
        #expect(ExtractionHelpers.entity(graph, "death of Tom Briggs (2017)", .event) != nil)
        #expect(!graph.entities.contains { $0.name.hasPrefix("death of Ann Wood") })
    }

    @Test func aDatedPoliceInvestigationIsAnEventButACallForAnInquiryIsNot() throws {
        let graph = try ExtractionHelpers.graph("""
            An early police investigation in 2009 was passed to prosecutors.
            In 2012 campaigners renewed calls for a public inquiry.
            """)
        #expect(ExtractionHelpers.entity(graph, "Police investigation (2009)", .event) != nil)
        let policed = try ExtractionHelpers.graph("Westshire Police faced criticism. An early police investigation in 2009 was dropped.")
        #expect(ExtractionHelpers.relation(policed, "Westshire Police", .participatedIn, "Police investigation (2009)") != nil)
        #expect(!graph.entities.contains { $0.name.hasPrefix("Public inquiry") })
    }

    @Test func aNamedCampaignIsLocatedWhereTheSentencePutsIt() throws {
        let graph = try ExtractionHelpers.graph("Dr Amara Okafor said the aim of the 'Red Door' campaign was to take over schools in Leeds.")
        #expect(ExtractionHelpers.relation(graph, "Red Door campaign", .locatedIn, "Leeds") != nil)
    }

    @Test func whoAskedForAnInvestigationDidNotHoldIt() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor was asked to investigate by Westshire secretary John Briggs in 2015.
            In June 2016 the hand-backs and returns of powers were restored to Westshire County Council.
            """)
        #expect(!graph.entities.contains { $0.name.hasPrefix("Briggs investigation") })
        #expect(!graph.entities.contains { $0.name.contains("of of") })
    }

    @Test func peopleAwardedInAnHonoursListTakePartInIt() throws {
        let graph = try ExtractionHelpers.graph("Both Cllr Ann Wood and Dr Amara Okafor were awarded OBEs in the King's birthday honours list.")
        #expect(ExtractionHelpers.relation(graph, "Ann Wood", .participatedIn, "King's birthday honours") != nil)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .participatedIn, "King's birthday honours") != nil)
    }

    @Test func aCriminalInvestigationWithoutASubjectLooksIntoTheArticlesScandal() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council denied the child abuse scandal.
            The report has sparked a new criminal investigation by the Westshire Crime Agency.
            """)
        #expect(ExtractionHelpers.relation(graph, "Westshire Crime Agency", .investigated, "Westshire scandal") != nil)
    }

    @Test func theOwnersOfAReviewOfHowABodyActedInvestigatedIt() throws {
        let graph = try ExtractionHelpers.graph("""
            The committee will hear from Sir Ed Smith and Ann Wood about their ongoing review of how the Westshire County Council handled complaints.
            """)
        #expect(ExtractionHelpers.relation(graph, "Ed Smith", .investigated, "Westshire County Council") != nil)
        #expect(ExtractionHelpers.relation(graph, "Ann Wood", .investigated, "Westshire County Council") != nil)
    }

    @Test func anUnnamedInvestigationIsTheArticlesOperationAndItsReportCausedIt() throws {
        let graph = try ExtractionHelpers.graph("""
            A subsequent report said the girls were let down by the authorities.

            It sparked an investigation conducted by the force's standards branch, and supervised by the Westshire Conduct Agency.

            The investigation - titled Operation Bluebell - exposed flaws across all agencies.
            """)
        #expect(ExtractionHelpers.relation(graph, "Westshire Conduct Agency", .participatedIn, "Operation Bluebell") != nil)
        #expect(ExtractionHelpers.relation(graph, "subsequent report", .ledTo, "Operation Bluebell") != nil)
    }

    @Test func aDeniedRemovalIsNoEventAndAnInterviewsSpeakerMayFollowIt() throws {
        let graph = try ExtractionHelpers.graph("In a Barset Gazette interview, Mr John Briggs said Barset City Council would not be stripped of its powers.")
        #expect(!graph.entities.contains { $0.name.hasPrefix("Removal of") })
        #expect(ExtractionHelpers.relation(graph, "John Briggs", .participatedIn, "Barset Gazette interview") != nil)
    }

    @Test func aTownStrippedOfItsResponsibilityStandsForItsCouncil() throws {
        let graph = try ExtractionHelpers.graph("Leeds has only just had schools returned after it was stripped of the responsibility in 2002.")
        #expect(ExtractionHelpers.relation(graph, "Leeds", .participatedIn, "Removal of Leeds's responsibility (2002)") != nil)
    }

    @Test func aCourtRefusingAnAppealIsAnEvent() throws {
        let graph = try ExtractionHelpers.graph("Last year the Westshire High Court refused to allow an appeal against the ruling.")
        #expect(ExtractionHelpers.relation(graph, "Westshire High Court", .participatedIn, "Westshire High Court refusal of appeal") != nil)
    }

    @Test func aYearNamedLaterOrLongBeforeDoesNotDateAnEvent() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor is to step down as chief executive of Westshire County Council.
            She joined the council in July 2009 from Barset.
            The council was praised at first.
            Its inspectors were busy.
            Council leader John Briggs resigned in the aftermath.
            """)
        let okafor = try #require(ExtractionHelpers.entity(graph, "Resignation of Amara Okafor", .event))
        #expect(okafor.name == "Resignation of Amara Okafor")
        let briggs = try #require(ExtractionHelpers.entity(graph, "Resignation of John Briggs", .event))
        #expect(briggs.attributes["date"] == nil)
    }

    @Test func namedAsIsAnAppointmentAndSteppingAsideADeparture() throws {
        let graph = try ExtractionHelpers.graph("""
            Westshire County Council was criticised in May 2019.
            Dr Amara Okafor was named as the new chief executive in June 2019.
            John Briggs stepped aside as council leader in 2019.
            """)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .participatedIn, "Appointment of Amara Okafor (2019)") != nil)
        #expect(ExtractionHelpers.relation(graph, "John Briggs", .participatedIn, "Resignation of John Briggs (2019)") != nil)
    }

    @Test func aRelativeClauseAppointmentNamesItsAntecedent() throws {
        let graph = try ExtractionHelpers.graph("Dr Amara Okafor, who was appointed in 2015, said the council had improved.")
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .participatedIn, "Appointment of Amara Okafor (2015)") != nil)
    }

    @Test func aPossessiveDeathIsTheNamedPersons() throws {
        let graph = try ExtractionHelpers.graph("An inquiry was called after Tom Briggs's death in 2016.")
        #expect(ExtractionHelpers.entity(graph, "death of Tom Briggs (2016)", .event) != nil)
    }

    @Test func aResignationAfterItWasPublishedIsTheReportBeforesDoing() throws {
        let graph = try ExtractionHelpers.graph("""
            The Okafor Report found failings.
            The report has sparked a new criminal investigation by the Westshire Crime Agency. Two members of the cabinet resigned after it was published, along with council leader John Briggs.
            """)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .ledTo, "Resignation of John Briggs") != nil)
    }

    @Test func whoeverCarriesOutAnInspectionHoldsIt() throws {
        let graph = try ExtractionHelpers.graph("""
            The Westshire Care Agency carried out an inspection of Barset Borough Council in May 2019.
            The Westshire Crime Agency launched a criminal investigation in 2020.
            """)
        #expect(ExtractionHelpers.relation(graph, "Westshire Care Agency inspection (2019)", .locatedIn, "Barset") != nil)
        #expect(ExtractionHelpers.relation(graph, "Westshire Crime Agency", .participatedIn, "Westshire Crime Agency investigation (2020)") != nil)
    }

    @Test func thisFollowedAReportGivesTheCauseOfTheSentenceBefore() throws {
        let graph = try ExtractionHelpers.graph("""
            Council leader John Briggs resigned in 2016.
            This followed the publication of the Okafor Report.
            """)
        #expect(ExtractionHelpers.relation(graph, "Okafor Report", .ledTo, "Resignation of John Briggs (2016)") != nil)
    }

    @Test func anInvestigationConductedByABodyIsTheArticlesOperation() throws {
        let graph = try ExtractionHelpers.graph("""
            It sparked an investigation conducted by the Westshire Standards Agency, and supervised by the Barset Conduct Office.

            The investigation - titled Operation Bluebell - exposed flaws.
            """)
        #expect(ExtractionHelpers.relation(graph, "Westshire Standards Agency", .participatedIn, "Operation Bluebell") != nil)
        #expect(ExtractionHelpers.relation(graph, "Barset Conduct Office", .participatedIn, "Operation Bluebell") != nil)
        #expect(!graph.entities.contains { $0.name.hasPrefix("Westshire Standards Agency investigation") })
    }
}
