import Foundation
import Testing

/// Scripted sessions run through the real `kg repl`: each `Fixtures/Repl/NAME.kgq` is piped
/// in (with `--echo`, so the output reads like a typed session) and the output compared with
/// `NAME.transcript`. `KG_UPDATE_TRANSCRIPTS=1 swift test` rewrites the transcripts.
@Suite struct TranscriptTests {
    /// Each session and the exit status it must end with.
    static let sessions: [(name: String, status: Int32)] = [("commands", 0), ("queries", 0), ("errors", 1)]

    /// A working folder holding the gold graph and the REPL fixtures, so paths in the
    /// transcripts are short and files the session writes land somewhere disposable.
    private func workingFolder() throws -> String {
        let folder = try ReplFixtures.temporaryFolder()
        let fixtures = ReplFixtures.path("Repl")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures) {
            try FileManager.default.copyItem(atPath: fixtures + "/" + name, toPath: folder + "/" + name)
        }
        try FileManager.default.copyItem(atPath: ReplFixtures.path("seeds.gold.json"), toPath: folder + "/seeds.gold.json")
        return folder
    }

    /// Timings vary from run to run; they are compared as `time: N ms`.
    private func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: #"time: [0-9.]+ ms"#, with: "time: N ms", options: .regularExpression)
    }

    @Test(arguments: sessions.map(\.name))
    func sessionMatchesItsTranscript(name: String) throws {
        let folder = try workingFolder()
        let script = try String(contentsOfFile: folder + "/\(name).kgq", encoding: .utf8)
        let run = try KGBinary.run(["repl", "--graph", "seeds.gold.json", "--echo"], input: script, in: folder)
        let actual = normalised(run.output)
        let expectedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Repl/\(name).transcript").path
        if ProcessInfo.processInfo.environment["KG_UPDATE_TRANSCRIPTS"] == "1" {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(actual == expected)
        #expect(run.status == TranscriptTests.sessions.first { $0.name == name }?.status)
    }

    @Test func bailStopsAtTheFirstFailingLine() throws {
        let folder = try workingFolder()
        let run = try KGBinary.run(["repl", "--graph", "seeds.gold.json", "--bail"], input: ":timing on\n:shwo\n:timing off\n", in: folder)
        #expect(run.output == "timing: on\nunknown command ':shwo'; did you mean :show?\n")
        #expect(run.status == 1)
    }

    @Test func withoutEchoOnlyTheOutputIsPrintedAndSuccessExitsZero() throws {
        let folder = try workingFolder()
        let run = try KGBinary.run(["repl", "--graph", "seeds.gold.json"], input: ":entities person lou\n\n# done\n", in: folder)
        #expect(run.output == "person  Louise Casey  (also Casey, Miss Casey)\n1 entity\n")
        #expect(run.status == 0)
    }

    @Test func aGraphThatCannotBeLoadedIsAnError() throws {
        let folder = try workingFolder()
        let run = try KGBinary.run(["repl", "--graph", "missing.json"], input: "", in: folder)
        #expect(run.output.contains("missing.json: no such file"))
        #expect(run.status == 2)
    }
}
