import Testing
@testable import KnowledgeGraph

@Suite struct InputAccumulatorTests {
    @Test func aCompleteLineIsReturnedAtOnce() {
        var accumulator = InputAccumulator()
        #expect(accumulator.add("Casey -> recommended -> ?") == "Casey -> recommended -> ?")
        #expect(!accumulator.isContinuing)
    }

    @Test func anOpenQuoteOrBracketContinuesUntilClosed() {
        var accumulator = InputAccumulator()
        #expect(accumulator.add("\"Louise") == nil)
        #expect(accumulator.isContinuing)
        #expect(accumulator.add("Casey\" -> authored -> ?") == "\"Louise\nCasey\" -> authored -> ?")
        #expect(accumulator.add("? -> member_of{1,") == nil)
        #expect(accumulator.add("3} -> ?") == "? -> member_of{1,\n3} -> ?")
    }

    @Test func aTrailingBackslashContinuesAndIsDropped() {
        var accumulator = InputAccumulator()
        #expect(accumulator.add("?p -> leads -> ?b, \\") == nil)
        #expect(accumulator.add("?p -> resigned_from -> ?b") == "?p -> leads -> ?b, \n?p -> resigned_from -> ?b")
    }

    @Test func quotesAndBracketsInCommentsDoNotCount() {
        #expect(InputAccumulator.isComplete("Casey -> found -> ?  # what did \"she (find"))
        #expect(InputAccumulator.isComplete("\"a # (b\""))
        #expect(!InputAccumulator.isComplete("\"a # b"))
    }

    @Test func resetForgetsAHalfEnteredInput() {
        var accumulator = InputAccumulator()
        _ = accumulator.add("(")
        accumulator.reset()
        #expect(!accumulator.isContinuing)
        #expect(accumulator.add(":stats") == ":stats")
    }
}
