import Testing
@testable import KnowledgeGraph

@Suite struct DateResolverTests {
    private let resolver = DateResolver(months: ExtractionHelpers.lexicon.months)

    private func date(_ text: String, context: String? = nil) -> String? {
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        return resolver.date(in: tokens[...], context: context)
    }

    @Test func explicitDatesAsPreciseAsTheText() {
        #expect(date("It was commissioned on 10 September 2014.") == "2014-09-10")
        #expect(date("So, in February 2015, the minister acted.") == "2015-02")
        #expect(date("The inquiry reported in 2014.") == "2014")
    }

    @Test func yearsNamingALawAreNotDates() {
        #expect(date("Powers under the Children Act 1989 were used.") == nil)
        #expect(date("Powers under the Children Act 1989 were used in 2016.") == "2016")
    }

    @Test func relativeDatesUseTheArticleDate() {
        #expect(date("It will air on Wednesday November 26 at 9am.", context: "2014-11-20") == "2014-11-26")
        #expect(date("She resigned last month.", context: "2018-01-29") == "2017-12")
    }

    @Test func datelinesGiveTheArticleDate() {
        #expect(resolver.articleDate(Tokenizer.tokenize(Array("29.01.18\nHeadline".unicodeScalars))) == "2018-01-29")
    }
}
