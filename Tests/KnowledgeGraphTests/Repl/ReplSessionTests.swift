import Foundation
import Testing
@testable import KnowledgeGraph

@Suite struct ReplSessionTests {
    private func session() throws -> ReplSession { ReplSession(graph: try ReplFixtures.goldGraph()) }

    @Test func bannerCountsTheGraphAndPointsToHelp() throws {
        #expect(try session().banner == "kg: 5 documents, 100 entities, 159 relations; :help for help")
    }

    @Test func blankLinesAndCommentsDoNothing() throws {
        var session = try session()
        #expect(session.execute("   ") == ReplResponse())
        #expect(session.execute("# a note") == ReplResponse())
        #expect(session.execute("# a note\n  # another") == ReplResponse())
        #expect(session.execute("# who recommended what\nCasey -> recommended -> ?").outputText.hasSuffix("3 rows"))
    }

    @Test func unknownCommandsSuggestTheClosest() throws {
        var session = try session()
        let response = session.execute(":shwo Casey")
        #expect(!response.success)
        #expect(response.messages.map(\.text) == ["unknown command ':shwo'; did you mean :show?"])
        #expect(session.execute(":zzzzzzzz").messages.first?.text == "unknown command ':zzzzzzzz'; :help lists the commands")
    }

    @Test func helpListsEveryCommandAndExplainsOne() throws {
        var session = try session()
        let list = session.execute(":help").outputText
        for command in SessionCommand.all { #expect(list.contains(command.usage)) }
        #expect(session.execute(":help why").outputText.hasPrefix(":why\n  the evidence sentences"))
        #expect(session.execute(":help :show").success)
        #expect(session.execute(":help sohw").messages.first?.text == "no command 'sohw'; did you mean show?")
    }

    @Test func statsCountsKindsAndPredicates() throws {
        var session = try session()
        let lines = session.execute(":stats").outputText.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains("documents 5"))
        #expect(lines.contains("person 20"))
        #expect(lines.contains("authored 6"))
        #expect(!session.execute(":stats now").success)
    }

    @Test func schemaNamesEveryPredicateWithItsKinds() throws {
        var session = try session()
        let text = session.execute(":schema").outputText
        #expect(text.contains("  authored         person|body -> report "))
        #expect(Predicate.allCases.allSatisfy { text.contains($0.rawValue) })
    }

    @Test func entitiesFilterByKindAndPrefix() throws {
        var session = try session()
        #expect(session.execute(":entities person lou").outputText == "person  Louise Casey  (also Casey, Miss Casey)\n1 entity")
        #expect(session.execute(":entities report").outputText.hasSuffix("6 entities"))
        #expect(session.execute(":entities Ofsted").outputText.contains("body    Ofsted"))
        let typo = session.execute(":entities persn")
        #expect(typo.messages.first?.text == "no entity starts with 'persn' and 'persn' is not a kind; did you mean person?")
    }

    @Test func showPrintsTheCardAndMakesItTheLastResult() throws {
        var session = try session()
        let card = session.execute(":show miss casey").outputText
        #expect(card.hasPrefix("Louise Casey  (person, id louise-casey)\n  aliases: Casey, Miss Casey"))
        #expect(card.contains("    -> authored -> Casey Report (report)  {date=2015-02}"))
        #expect(card.contains("    <- commissioned <- Eric Pickles (person)  {date=2014-09-10}"))
        #expect(session.lastResult?.relationKeys.count == 20)
        #expect(session.execute(":why").outputText.hasPrefix("Eric Pickles -> commissioned -> Louise Casey\n  (no evidence recorded)"))
    }

    @Test func showOfAnUnknownNameSuggestsNamesWithKinds() throws {
        var session = try session()
        let response = session.execute(":show Cassey")
        #expect(!response.success)
        #expect(response.messages.first?.text.hasPrefix("no entity named 'Cassey' — did you mean Louise Casey (person)") == true)
        #expect(session.execute(":show Pickles").outputText.hasPrefix("Eric Pickles  (person"))
    }

    @Test func aQueryPrintsItsRowsAndBecomesTheLastResult() throws {
        var session = try session()
        let response = session.execute("Casey -> recommended -> ?")
        #expect(response.success)
        #expect(response.outputText.hasSuffix("fresh start\nfundamental change\nsustained intervention\n3 rows"))
        #expect(session.lastResult?.relationKeys.map(\.object) == ["fresh-start", "fundamental-change", "sustained-intervention"])
        #expect(session.execute(":why").outputText.hasPrefix("Louise Casey -> recommended -> fresh start\n"))
        _ = session.execute(":format tsv")
        #expect(session.execute("? -> authored -> \"Casey Report\"").outputText == "Louise Casey")
    }

    @Test func aQueryErrorFailsWithACaretAndAnEmptyResultSucceeds() throws {
        var session = try session()
        let error = session.execute("Casey -> recomended -> ?")
        #expect(!error.success)
        #expect(error.messages.first?.stream == .diagnostic)
        #expect(error.messages.first?.text.contains("did you mean 'recommended'?\n  Casey -> recomended -> ?\n           ^") == true)
        let empty = session.execute("Ofsted -> resigned_from -> ?")
        #expect(empty.success)
        #expect(empty.outputText == "0 rows")
    }

    @Test func renderDrawsWithGraphvizOrSaysHowToInstallIt() throws {
        var session = try session()
        let folder = try ReplFixtures.temporaryFolder()
        #expect(!session.execute(":render \(folder)/casey.gif").success)
        _ = session.execute(":show Louise Casey")
        let response = session.execute(":render \(folder)/casey.svg")
        if response.success {
            #expect(response.outputText == "rendered the last result (0 documents, 20 entities, 20 relations) to \(folder)/casey.svg")
            #expect(try String(contentsOfFile: folder + "/casey.svg", encoding: .utf8).contains("Louise Casey"))
        } else {
            #expect(response.messages.first?.text.contains("apt-get install graphviz") == true)
        }
    }

    @Test func exportWritesEveryExporterFormat() throws {
        var session = try session()
        let folder = try ReplFixtures.temporaryFolder()
        _ = session.execute("Casey -> authored -> ?")
        for format in ExportFormat.allCases {
            #expect(session.execute(":export \(format.rawValue) \(folder)/out.\(format.rawValue)").success)
        }
        #expect(try String(contentsOfFile: folder + "/out.dot", encoding: .utf8).contains("Casey Report"))
        #expect(try GraphFile.load(folder + "/out.json").relations.map(\.key.object) == ["casey-report"])
    }

    @Test func whyBeforeAnyResultFails() throws {
        var session = try session()
        #expect(session.execute(":why").messages.first?.text == "nothing to explain yet; run a query or :show first")
    }

    @Test func formatAndTimingAreSettings() throws {
        var session = try session()
        #expect(session.execute(":format tsv").outputText == "format: tsv")
        #expect(session.format == .tsv)
        #expect(!session.execute(":format xml").success)
        #expect(session.execute(":timing on").outputText == "timing: on")
        #expect(session.showsTiming)
        #expect(!session.execute(":timing maybe").success)
    }

    @Test func saveWritesAGraphThatLoadsBackAndLoadMergesIt() throws {
        var session = try session()
        let folder = try ReplFixtures.temporaryFolder()
        _ = session.execute(":show Ofsted")
        #expect(session.execute(":export json \(folder)/ofsted.json").outputText.hasPrefix("wrote the last result ("))
        #expect(session.execute(":save \(folder)/all.json").outputText == "saved 5 documents, 100 entities, 159 relations to \(folder)/all.json")
        #expect(try GraphFile.load(folder + "/all.json").relations.count == 159)
        var empty = ReplSession(graph: Graph())
        #expect(empty.execute(":load \(folder)/ofsted.json").outputText.hasPrefix("added 0 documents, "))
        #expect(empty.graph.entity(id: "ofsted") != nil)
        #expect(!empty.execute(":load \(folder)/missing.json").success)
        #expect(!session.execute(":save \(folder)/no/such/folder.json").success)
    }

    @Test func loadExtractsArticlesAndReportsWhatWasAdded() throws {
        var session = try session()
        let folder = try ReplFixtures.temporaryFolder()
        try "Westshire council under fire\n\nThe leader of Westshire County Council, Anna Field, resigned on Monday.\n"
            .write(toFile: folder + "/westshire.txt", atomically: true, encoding: .utf8)
        let response = session.execute(":load \(folder)/westshire.txt \(folder)/missing.txt")
        #expect(response.success)
        #expect(response.messages.first?.text == "warning: \(folder)/missing.txt: no such file or folder")
        #expect(response.outputText.hasPrefix("added 1 document, "))
        #expect(session.graph.documents.map(\.id).contains("westshire"))
    }

    @Test func sourceRunsAFileAndStopsAtItsFirstFailure() throws {
        var session = try session()
        let folder = try ReplFixtures.temporaryFolder()
        try ":timing on\n:show Nobody At All\n:format json\n".write(toFile: folder + "/script.kgq", atomically: true, encoding: .utf8)
        let response = session.execute(":source \(folder)/script.kgq")
        #expect(!response.success)
        #expect(session.showsTiming)
        #expect(session.format == .table)
        try ":source \(folder)/loop.kgq\n".write(toFile: folder + "/loop.kgq", atomically: true, encoding: .utf8)
        #expect(session.execute(":source \(folder)/loop.kgq").messages.last?.text.contains("nest more than 8 deep") == true)
    }

    @Test func quitFinishesTheSession() throws {
        var session = try session()
        #expect(session.execute(":quit").success)
        #expect(session.isFinished)
    }
}
