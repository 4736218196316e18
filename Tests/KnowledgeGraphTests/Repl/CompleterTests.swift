import Foundation
import Testing
@testable import KnowledgeGraph

@Suite struct CompleterTests {
    private func complete(_ line: String, in directory: String = "/") throws -> Completion {
        try Completer(graph: ReplFixtures.goldGraph(), directory: directory).complete(line, cursor: line.count)
    }

    @Test func commandsCompleteAtTheStartOfALine() throws {
        #expect(try complete(":s").candidates == [":save", ":schema", ":show", ":source", ":stats"])
        #expect(try complete(":ti") == Completion(range: 0..<3, candidates: [":timing"]))
    }

    @Test func commandArgumentsCompleteByWhatTheCommandTakes() throws {
        #expect(try complete(":help sh").candidates == ["show"])
        #expect(try complete(":format t").candidates == ["table", "tsv"])
        #expect(try complete(":timing o").candidates == ["off", "on"])
        #expect(try complete(":entities pe").candidates == ["person"])
        #expect(try complete(":stats x").candidates.isEmpty)
    }

    @Test func showCompletesWholeNamesWithSpacesUnquoted() throws {
        let completion = try complete(":show louise c")
        #expect(completion == Completion(range: 6..<14, candidates: ["Louise Casey", "Louise Casey's report"]))
        #expect(try complete(":entities person Lond").candidates == ["London School of Economics"])
    }

    @Test func queryNamesAreQuotedOnlyWhenAQueryCouldNotReadThemBare() throws {
        let completion = try complete("? -> authored -> Jay")
        #expect(completion == Completion(range: 17..<20, candidates: ["Jay Report"]))
        #expect(try complete("? -> authored -> Ofsted report").candidates == ["\"Ofsted report\"", "\"Ofsted report (2014)\"", "\"Ofsted report (2018)\""])
        #expect(try complete("? -> leads -> LG").candidates == ["LGC"])
        #expect(try complete("\"Louise C").candidates == ["\"Louise Casey\"", "\"Louise Casey's report\""])
    }

    @Test func predicatesCompleteAfterAnOpeningArrowOrABar() throws {
        #expect(try complete("Casey -> re").candidates == ["recommended", "resigned_from"])
        #expect(try complete("Casey->re").candidates == ["recommended", "resigned_from"])
        #expect(try complete("? <- authored|comm").candidates == ["commissioned"])
        #expect(try complete("Ofsted <- ").candidates.count == Predicate.allCases.count)
        #expect(try complete("Casey -> found -> fr").candidates == ["fresh start"])
        #expect(try complete("? -> leads -> ?b, ? -> res").candidates == ["resigned_from"])
    }

    @Test func kindsCompleteAfterAColonInANodeTerm() throws {
        let completion = try complete("? -> authored -> ?r:re")
        #expect(completion == Completion(range: 20..<22, candidates: ["report"]))
    }

    @Test func afterANodeOnlyKeywordsAreOffered() throws {
        #expect(try complete("? -> leads -> ? lim").candidates == ["limit"])
        #expect(try complete("Pickles ").candidates == QueryParser.keywords)
        #expect(try complete("Louise Casey l").candidates == ["limit"])
        #expect(try complete("Louise C") == Completion(range: 0..<8, candidates: ["Louise Casey", "Louise Casey's report"]))
        #expect(try complete("? <- authored <- Casey R").candidates == ["Casey Report"])
        #expect(try complete("path Casey .. LG").candidates == ["LGC"])
        #expect(try complete("path LG").candidates == ["LGC"])
        #expect(try complete("? -> leads -> ?b, LG").candidates == ["LGC"])
        #expect(try complete("?x").candidates.isEmpty)
    }

    @Test func pathsCompleteForFileCommands() throws {
        let folder = try ReplFixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/articles", withIntermediateDirectories: true)
        for file in ["articles/one.txt", "all.json", ".hidden"] { try "".write(toFile: folder + "/" + file, atomically: true, encoding: .utf8) }
        #expect(try complete(":load a", in: folder).candidates == ["all.json", "articles/"])
        #expect(try complete(":load articles/", in: folder).candidates == ["articles/one.txt"])
        #expect(try complete(":load x.json art", in: folder).candidates == ["articles/"])
        #expect(try complete(":source .h", in: folder).candidates == [".hidden"])
        #expect(try complete(":export json al", in: folder).candidates == ["all.json"])
    }
}
