import Foundation
import Testing
@testable import KnowledgeGraph

@Suite struct HistoryTests {
    @Test func skipsBlankLinesAndConsecutiveRepeatsAndKeepsTheNewest() {
        var history = History(capacity: 3)
        for line in [":stats", ":stats", "  ", "a", ":stats", "b"] { history.add(line) }
        #expect(history.entries == ["a", ":stats", "b"])
    }

    @Test func locationFollowsKGHistoryThenHome() {
        #expect(History.location(environment: ["HOME": "/home/u"]) == "/home/u/.kg_history")
        #expect(History.location(environment: ["HOME": "/home/u", "KG_HISTORY": "/tmp/h"]) == "/tmp/h")
        #expect(History.location(environment: ["HOME": "/home/u", "KG_HISTORY": ""]) == nil)
        #expect(History.location(environment: [:]) == nil)
    }

    @Test func multiLineEntriesAndBackslashesSurviveTheFile() throws {
        let path = try ReplFixtures.temporaryFolder() + "/history"
        let entries = ["?p -> leads -> ?b,\n?p -> resigned_from -> ?b", #"a \ b \n"#, ":stats"]
        try History.append(entries, to: path)
        #expect(try History.load(from: path).entries == entries)
    }

    @Test func appendingKeepsLinesAnotherSessionSavedMeanwhile() throws {
        let path = try ReplFixtures.temporaryFolder() + "/history"
        try History.append(["from session one"], to: path)
        try History.append(["from session two"], to: path)
        try History.append(["from session two"], to: path)
        #expect(try History.load(from: path).entries == ["from session one", "from session two"])
        try History.append(["x", "y", "z"], to: path, capacity: 2)
        #expect(try History.load(from: path).entries == ["y", "z"])
    }

    @Test func aMissingFileIsAnEmptyHistoryAndAFolderCannotBeWritten() throws {
        let folder = try ReplFixtures.temporaryFolder()
        #expect(try History.load(from: folder + "/none").entries.isEmpty)
        #expect(throws: FileError.self) { try History.append(["x"], to: folder + "/missing/history") }
    }
}
