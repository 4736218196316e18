import Testing
@testable import KnowledgeGraph

@Suite struct QueryLexerTests {
    private func kinds(_ query: String) throws -> [QueryToken.Kind] {
        try QueryLexer.tokens(of: query).map(\.kind)
    }

    @Test func splitsAChainIntoTokensWithOffsets() throws {
        let tokens = try QueryLexer.tokens(of: "Casey -> recommended -> ?")
        #expect(tokens.map(\.kind) == [.word("Casey"), .rightArrow, .word("recommended"), .rightArrow, .variable(nil), .end])
        #expect(tokens.map(\.range) == [0..<5, 6..<8, 9..<20, 21..<23, 24..<25, 25..<25])
    }

    @Test func readsVariablesKindsHiddenNodesAndBackwardEdges() throws {
        #expect(try kinds("?r:report <- authored|published <- _") ==
                [.variable("r"), .colon, .word("report"), .leftArrow, .word("authored"), .pipe, .word("published"), .leftArrow, .underscore, .end])
    }

    @Test func readsRepetitionsAndPathDots() throws {
        #expect(try kinds("-> member_of{1,3} -> *1..3") ==
                [.rightArrow, .word("member_of"), .openBrace, .number(1), .comma, .number(3), .closeBrace, .rightArrow,
                 .star, .number(1), .dotDot, .number(3), .end])
        #expect(try kinds("path A .. B") == [.word("path"), .word("A"), .dotDot, .word("B"), .end])
    }

    @Test func readsQuotedNamesWithPunctuationAndEscapes() throws {
        #expect(try kinds(#""Rotherham: What Next?" 'it''s' "say \"hi\"""#) ==
                [.string("Rotherham: What Next?"), .string("it"), .string("s"), .string("say \"hi\""), .end])
    }

    @Test func keepsApostrophesAndHyphensInsideWords() throws {
        #expect(try kinds("Children's director-general 2015-02") ==
                [.word("Children's"), .word("director-general"), .word("2015-02"), .end])
    }

    @Test func readsComparisonsAndAttributeDots() throws {
        #expect(try kinds("?e.date >= 2015 and role != x and a < b and c <= d and e = f and g ~ h and i > j") ==
                [.variable("e"), .dot, .word("date"), .comparison(">="), .number(2015), .word("and"),
                 .word("role"), .comparison("!="), .word("x"), .word("and"), .word("a"), .comparison("<"), .word("b"),
                 .word("and"), .word("c"), .comparison("<="), .word("d"), .word("and"), .word("e"), .comparison("="),
                 .word("f"), .word("and"), .word("g"), .comparison("~"), .word("h"), .word("and"), .word("i"),
                 .comparison(">"), .word("j"), .end])
    }

    @Test func skipsCommentsToTheEndOfTheLine() throws {
        #expect(try kinds("# who resigned?\n? -> resigned_from -> _ # from anything\n") ==
                [.variable(nil), .rightArrow, .word("resigned_from"), .rightArrow, .underscore, .end])
    }

    @Test func unterminatedStringPointsAtTheOpeningQuote() {
        #expect(throws: QueryError("unbalanced quotes: the \" opened here is never closed", at: 9..<10)) {
            try QueryLexer.tokens(of: "Casey -> \"recommended -> ?")
        }
    }

    @Test func strayCharactersAreErrors() {
        #expect(throws: QueryError("unexpected '-': an edge is written '-> predicate ->' or '<- predicate <-'", at: 6..<7)) {
            try QueryLexer.tokens(of: "Casey - authored -> ?")
        }
        #expect(throws: QueryError.self) { try QueryLexer.tokens(of: "Casey @ x") }
        #expect(throws: QueryError.self) { try QueryLexer.tokens(of: "?e.date ! 3") }
    }
}
