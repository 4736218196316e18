import Testing
@testable import KnowledgeGraph

/// Every syntax error the language reports, with the column its caret points at.
@Suite struct QueryParserErrorTests {
    /// The error `query` raises: its 1-based column and its message.
    private func failure(_ query: String) -> (column: Int, message: String)? {
        do {
            _ = try QueryParser.parse(query)
            return nil
        } catch {
            return (error.location(in: query).column, error.message)
        }
    }

    @Test(arguments: [
        ("", 1, "empty query"),
        ("   # only a comment\n", 1, "empty query"),
        ("\"Louise Casey -> authored -> ?", 1, "unbalanced quotes"),
        ("Casey ->", 9, "dangling arrow: expected a predicate or '*' after '->'"),
        ("Casey -> -> ?", 10, "expected a predicate or '*' after '->', found '->'"),
        ("Casey -> recommended ->", 24, "dangling arrow: expected a node after '->'"),
        ("? <- authored", 14, "expected '<-' to close the edge"),
        ("Casey -> recommended <- ?", 22, "an edge that opens with '->' must close with '->'"),
        ("?r:reprot <- authored <- ?", 4, "unknown kind 'reprot'; did you mean 'report'?"),
        ("?r: <- authored <- ?", 5, "expected a kind after ':'"),
        ("Casey -> recomended -> ?", 10, "unknown predicate 'recomended'; did you mean 'recommended'?"),
        ("Casey -> authored|wrote -> ?", 19, "unknown predicate 'wrote'"),
        ("A -> member_of{3,1} -> ?", 15, "bad repetition: the minimum 3 is larger than the maximum 1"),
        ("A -> member_of{0,2} -> ?", 15, "bad repetition: an edge spans at least 1 hop"),
        ("A -> member_of{1,11} -> ?", 15, "bad repetition: at most 10 hops"),
        ("A -> member_of{,2} -> ?", 16, "bad repetition: expected a number of hops after '{'"),
        ("A -> member_of{1,2 -> ?", 20, "expected '}' to close the repetition"),
        ("A -> *1.. -> ?", 11, "bad repetition: expected a number of hops after '..'"),
        ("A -> *1 -> ?", 9, "expected '..' in the repetition *m..n"),
        ("-> authored -> ?", 1, "expected a node (a name, \"quoted name\", ?, ?x or _), found '->'"),
        ("where -> authored -> ?", 1, "expected a node, found the keyword 'where'"),
        ("A -> authored -> ? ?", 20, "expected ',', 'where', 'limit', 'count', 'distinct' or the end of the query, found '?'"),
        ("A -> authored -> ? limit 0", 26, "expected a positive whole number after 'limit'"),
        ("A -> authored -> ? all", 20, "'all' only applies to path queries"),
        ("?x -> leads -> ? where ?z.date = 1", 24, "unknown variable ?z"),
        ("? -> leads -> ? where ?.date = 1", 23, "name the variable to filter on it"),
        ("?x -> leads -> ? where ?x date = 1", 27, "expected '.' and an attribute after ?x"),
        ("?x -> leads -> ? where date 2015", 29, "expected a comparison (=, !=, <, <=, >, >=, ~) after 'date'"),
        ("?x -> leads -> ? where date =", 30, "expected a value"),
        ("?x -> leads -> ? where limit = 1", 24, "expected an attribute such as ?e.date or role"),
        ("path Casey Ofsted", 18, "expected '..' between the two ends of a path"),
        ("path Casey .. ?x", 15, "a path needs a named entity at each end"),
        ("path", 5, "expected a node"),
    ] as [(String, Int, String)])
    func reportsWhereAndWhatWasExpected(query: String, column: Int, message: String) throws {
        let found = try #require(failure(query), "'\(query)' should not parse")
        #expect(found.column == column, "\(found.message)")
        #expect(found.message.hasPrefix(message), "\(found.message)")
    }

    @Test func renderingShowsTheQueryAndACaretUnderTheOffendingToken() {
        let query = "Casey -> recomended -> ?"
        let error = QueryError("unknown predicate 'recomended'; did you mean 'recommended'?", at: 9..<19)
        #expect(error.rendered(in: query) == """
            error (column 10): unknown predicate 'recomended'; did you mean 'recommended'?
              Casey -> recomended -> ?
                       ^~~~~~~~~~
            """)
    }

    /// The rendered error `query` raises, or nil when it parses.
    private func rendering(_ query: String) -> String? {
        do {
            _ = try QueryParser.parse(query)
            return nil
        } catch {
            return error.rendered(in: query)
        }
    }

    @Test func renderingAMultiLineQueryNamesTheLine() {
        #expect(rendering("# who resigned?\n? -> resigned -> _\n") == """
            error (line 2, column 6): unknown predicate 'resigned'; did you mean 'resigned_from'?
              ? -> resigned -> _
                   ^~~~~~~~
            """)
    }

    @Test func caretsCountAccentedLettersAsOneColumnAndIgnoreWindowsLineEnds() {
        #expect(rendering("# quién?\r\nBélanger -> authord -> ?\r\n") == """
            error (line 2, column 13): unknown predicate 'authord'; did you mean 'authored'?
              Bélanger -> authord -> ?
                          ^~~~~~~
            """)
    }
}
