import Testing
@testable import KnowledgeGraph

/// Rules about reports: definite report mentions, plural inspection reports, and their authors.
@Suite struct ReportRulesTests {
    @Test func definiteReportByAnAuthorIsAReportTheyWrote() throws {
        let graph = try ExtractionHelpers.graph("The damning review by Dr Amara Okafor condemned the practices of senior staff.")
        let report = try #require(graph.entities.first { $0.kind == .report })
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .authored, report.name) != nil)
    }

    @Test func definiteInquiryIsTheReportNamedBefore() throws {
        let graph = try ExtractionHelpers.graph("""
            Dr Amara Okafor's report was published in May. Cllr Jo Reed said the independent inquiry into abuse in Barset was troubling.
            """)
        let reports = graph.entities.filter { $0.kind == .report }
        #expect(reports.count == 1)
        #expect(reports.first?.allNames.contains("independent inquiry into abuse in Barset") == true)
    }

    @Test func definiteReportWithNothingBeforeItIsNoReport() throws {
        let graph = try ExtractionHelpers.graph("Inspectors visited Barset in May, the first major review of its kind.")
        #expect(!graph.entities.contains { $0.kind == .report })
    }

    @Test func inspectorateReportsInThePluralKeepThePlural() throws {
        let graph = try ExtractionHelpers.graph("Governors rejected the findings. The Ofsted reports were issued on Monday.")
        #expect(ExtractionHelpers.entity(graph, "Ofsted reports", .report) != nil)
        #expect(ExtractionHelpers.relation(graph, "Ofsted", .authored, "Ofsted reports") != nil)
    }

    @Test func seriousCaseReviewByABoardIsTheReviewNamedBefore() throws {
        let graph = try ExtractionHelpers.graph("""
            A serious case review into the death of a boy found failings. The serious case review by Westshire Safeguarding Children Board was read.
            """)
        let review = try #require(graph.entities.first { $0.kind == .report })
        #expect(review.allNames.contains("serious case review"))
        #expect(ExtractionHelpers.relation(graph, "Westshire Safeguarding Children Board", .authored, review.name) != nil)
    }

    @Test func theirReviewOfIsAuthoredByBothPeople() throws {
        let graph = try ExtractionHelpers.graph("""
            MPs will hear from Dr Amara Okafor and Tom Reed about progress in their ongoing review of how the Home Office handled complaints.
            """)
        let review = "review of how the Home Office handled complaints"
        #expect(ExtractionHelpers.entity(graph, review, .report) != nil)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .authored, review)?.rule == "report-possessive-pronoun")
        #expect(ExtractionHelpers.relation(graph, "Tom Reed", .authored, review) != nil)
    }

    @Test func announcedInquiryIsCommissionedNotPublished() throws {
        let graph = try ExtractionHelpers.graph("Dr Amara Okafor announced a wide-ranging inquiry into the way the council handled warnings.")
        let inquiry = try #require(graph.entities.first { $0.kind == .report })
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .commissioned, inquiry.name) != nil)
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .published, inquiry.name) == nil)
    }

    @Test func reportByABodyPublishedOnADayIsPublishedByIt() throws {
        let graph = try ExtractionHelpers.graph("""
            A serious case review into the death of a boy was ordered. The serious case review by Westshire Safeguarding Children Board,             published on Tuesday, concluded the boy had become invisible.
            """)
        let review = try #require(graph.entities.first { $0.kind == .report })
        #expect(ExtractionHelpers.relation(graph, "Westshire Safeguarding Children Board", .published, review.name) != nil)
    }

    @Test func inspectorateReportIsNamedByItsYear() throws {
        let graph = try ExtractionHelpers.graph("In March 2019 the Ofsted report found Barset Council's children's services inadequate.")
        let report = try #require(ExtractionHelpers.entity(graph, "Ofsted report", .report))
        #expect(report.name == "Ofsted report (2019)")
    }

    @Test func inspectionReportWithoutANameIsTheArticlesReport() throws {
        let graph = try ExtractionHelpers.graph("""
            Ministers acted after a damning inspection report. Dr Amara Okafor's report said the council had failed. The Okafor report was read.
            """)
        let reports = graph.entities.filter { $0.kind == .report }
        #expect(reports.count == 1)
        #expect(reports.first?.allNames.contains("damning inspection report") == true)
    }

    @Test func councilWhichCommissionedAReviewCommissionedIt() throws {
        let graph = try ExtractionHelpers.graph("Westshire County Council, which commissioned a serious case review in 2019, said it had improved.")
        let review = try #require(graph.entities.first { $0.kind == .report })
        #expect(ExtractionHelpers.relation(graph, "Westshire County Council", .commissioned, review.name)?.rule == "commissioned-active")
    }

    @Test func reviewByAnAuthorJoinsTheReportNamedAfterThemNotTheLastReport() throws {
        let graph = try ExtractionHelpers.graph("""
            The Ofsted report rated the home inadequate. Last year an independent review by Professor Tom Reed found \
            similar problems. Professor Reed's review was commissioned by the council.
            """)
        let reed = try #require(ExtractionHelpers.entity(graph, "Reed Report", .report))
        #expect(reed.allNames.contains("independent review"))
        #expect(ExtractionHelpers.relation(graph, "Tom Reed", .authored, "Ofsted report") == nil)
    }

    @Test func reportTopicKeepsItsNumbers() throws {
        let graph = try ExtractionHelpers.graph("A review into the deaths of 11 babies at Hillfoot Hospital was published on Monday.")
        #expect(ExtractionHelpers.entity(graph, "review into the deaths of 11 babies at Hillfoot Hospital", .report) != nil)
    }

    @Test func namedReviewKeepsItsHeadWordAndJoinsThePossessiveForm() throws {
        let graph = try ExtractionHelpers.graph("""
            Professor Amara Okafor's review was damning. The Okafor Review was published on Tuesday.
            """)
        let reports = graph.entities.filter { $0.kind == .report }
        #expect(reports.map(\.name) == ["Okafor Review"])
        #expect(reports.first?.aliases.contains("Okafor Report") == true)
    }

    @Test func inquiryChairedByAPersonIsTheirs() throws {
        let graph = try ExtractionHelpers.graph("The Barset Inquiry, chaired by Sir Peter Hale, will report next year.")
        #expect(ExtractionHelpers.relation(graph, "Peter Hale", .authored, "Barset Inquiry") != nil)
    }

    @Test func reviewLedByADescribedPersonIsTheirs() throws {
        let graph = try ExtractionHelpers.graph("""
            A review of maternity care was ordered. The review, led by senior midwife Ruth Kellaway, found failings.
            """)
        let review = try #require(graph.entities.first { $0.kind == .report })
        #expect(ExtractionHelpers.relation(graph, "Ruth Kellaway", .authored, review.name) != nil)
    }

    @Test func sentenceOpeningPossessiveNamesTheReportsAuthor() throws {
        let graph = try ExtractionHelpers.graph("Ruth Kellaway led it. Kellaway's review was commissioned by the Department of Health.")
        #expect(ExtractionHelpers.relation(graph, "Department of Health", .commissioned, "Kellaway Review") != nil)
    }

    @Test func dayPossessiveNamesNoAuthor() throws {
        let graph = try ExtractionHelpers.graph("The inquiry was long. Yesterday's report found failings.")
        #expect(!graph.entities.contains { $0.kind == .report && $0.name == "Yesterday Report" })
    }

    @Test func inquiryThatIsCalledForIsNoReport() throws {
        let graph = try ExtractionHelpers.graph("Tom Reed said he was right to call for a wholly independent inquiry.")
        #expect(!graph.entities.contains { $0.kind == .report })
    }

    @Test func earlierReportIsAnotherReport() throws {
        let graph = try ExtractionHelpers.graph("""
            Barset Council was criticised in a report published today by the Local Government Association. \
            The LGA's review found the finances in disarray. An earlier report, written by auditors, had warned of the risks.
            """)
        let lga = try #require(ExtractionHelpers.entity(graph, "Local Government Association review", .report))
        #expect(lga.allNames.contains("report"))
        #expect(graph.entities.contains { $0.kind == .report && $0.name == "earlier report" })
    }

    @Test func twoIndefiniteDescriptionsOfOneReportAreOne() throws {
        let graph = try ExtractionHelpers.graph("""
            A damning report into the neglect of four children in Leeds blamed managers. An independent report into the case said \
            the family had been known to social services.
            """)
        #expect(graph.entities.filter { $0.kind == .report }.count == 1)
    }

    @Test func capitalisedReviewKeepsWhatItIsIntoAndItsAcronym() throws {
        let graph = try ExtractionHelpers.graph("""
            A Serious Case Review into the death of Amy Smith was published by the Westshire Safeguarding Children Board. \
            The SCR found that agencies missed chances.
            """)
        let review = try #require(ExtractionHelpers.entity(graph, "Serious Case Review into the death of Amy Smith", .report))
        #expect(review.aliases.contains("SCR"))
        #expect(ExtractionHelpers.relation(graph, "Westshire Safeguarding Children Board", .published, review.name) != nil)
    }

    @Test func inspectoratesInquiryIsNoReport() throws {
        let graph = try ExtractionHelpers.graph("Ofsted's three-month inquiry resulted in five schools being put into special measures.")
        #expect(!graph.entities.contains { $0.kind == .report })
    }

    @Test func letterToAPersonIsAReportByTheWriter() throws {
        let graph = try ExtractionHelpers.graph("""
            The Barset Education Trust rejected the findings. In a letter to Westshire chief Sir Peter Hale, the trust said \
            the criticism was unfair. In an advice note to Mr Reed, Dr Amara Okafor warned of bullying.
            """)
        let letter = try #require(ExtractionHelpers.entity(graph, "letter to Sir Peter Hale", .report))
        #expect(letter.aliases.contains("Barset Education Trust letter to Sir Peter Hale"))
        #expect(ExtractionHelpers.relation(graph, "Barset Education Trust", .authored, letter.name)?.rule == "letter-author")
        #expect(ExtractionHelpers.relation(graph, "Amara Okafor", .authored, "advice note to Mr Reed") != nil)
    }

    @Test func letterWithoutAWriterAfterTheCommaIsNoReport() throws {
        let graph = try ExtractionHelpers.graph("In a letter to Sir Peter Hale, criticism was described as unfair.")
        #expect(!graph.entities.contains { $0.kind == .report })
    }

    @Test func orderingAnInquiryAndAskingSomeoneToReviewCommission() throws {
        let graph = try ExtractionHelpers.graph("""
            The Home Office ordered an inquiry into the handling of the case. Jane Marlow asked Dr Amara Okafor to review the council. \
            Tom Reed was ordered to pay costs by the court.
            """)
        #expect(ExtractionHelpers.relation(graph, "Home Office", .commissioned, "inquiry into the handling of the case")?.rule == "ordered-report")
        #expect(ExtractionHelpers.relation(graph, "Jane Marlow", .commissioned, "Amara Okafor")?.rule == "asked-to-review")
        #expect(!graph.relations.contains { $0.predicate == .commissioned && $0.object.contains("reed") })
    }

    @Test func reviewLedByAPersonIsTheReviewNamedAfterThem() throws {
        let graph = try ExtractionHelpers.graph("""
            A damning review of maternity care was published. The review, led by senior midwife Ruth Kellaway, found failings. \
            Kellaway's review was commissioned by the Department of Health.
            """)
        let reports = graph.entities.filter { $0.kind == .report }
        #expect(reports.map(\.name) == ["Kellaway Review"])
        #expect(ExtractionHelpers.relation(graph, "Ruth Kellaway", .authored, "Kellaway Review") != nil)
    }

    @Test func yearBeforeAnInspectoratesReportNamesAnotherReport() throws {
        let graph = try ExtractionHelpers.graph("""
            The Ofsted report praised the council's leadership. The 2014 Ofsted report had rated the service inadequate. \
            Ofsted's 2011 report was kinder.
            """)
        #expect(ExtractionHelpers.entity(graph, "Ofsted report (2014)", .report) != nil)
        #expect(ExtractionHelpers.entity(graph, "Ofsted report (2011)", .report) != nil)
        #expect(graph.entities.filter { $0.kind == .report }.count == 3)
    }
}
