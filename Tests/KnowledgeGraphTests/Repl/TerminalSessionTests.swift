import Foundation
import Glibc
import Testing

/// `kg repl` on a real pseudo-terminal: typing, Tab completion, history recall, Ctrl-C,
/// Ctrl-D, and the terminal's settings restored afterwards.
@Suite struct TerminalSessionTests {
    private func startRepl(on terminal: PseudoTerminal, history: String) throws -> Process {
        let process = Process()
        process.executableURL = KGBinary.url
        process.arguments = ["repl", "--graph", ReplFixtures.path("seeds.gold.json")]
        var environment = ProcessInfo.processInfo.environment
        environment["KG_HISTORY"] = history
        environment["TERM"] = "xterm"
        process.environment = environment
        try terminal.start(process)
        return process
    }

    private func waitForExit(_ process: Process, timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        return !process.isRunning
    }

    private func sameModes(_ a: termios, _ b: termios) -> Bool {
        a.c_iflag == b.c_iflag && a.c_oflag == b.c_oflag && a.c_lflag == b.c_lflag && a.c_cflag == b.c_cflag
    }

    @Test func typingCompletionHistoryControlCAndControlD() throws {
        let terminal = try PseudoTerminal()
        let history = try ReplFixtures.temporaryFolder() + "/history"
        let before = terminal.attributes
        let process = try startRepl(on: terminal, history: history)
        #expect(terminal.waitFor("100 entities, 159 relations; :help for help"))
        #expect(terminal.waitFor("kg> "))
        #expect(!sameModes(terminal.attributes, before), "the editor runs in raw mode")

        var mark = terminal.mark
        terminal.type("Casey -> recommended -> ?\r")
        #expect(terminal.waitFor("fresh start", after: mark), "a typed query runs")
        #expect(terminal.waitFor("3 rows", after: mark))

        mark = terminal.mark
        terminal.type("Pick\t")
        #expect(terminal.waitFor("kg> Pickles ", after: mark), "Tab completes the partial entity name")
        terminal.type("-> appointed -> ?\r")
        #expect(terminal.waitFor("Derek Myers", after: mark))

        mark = terminal.mark
        terminal.type("\u{1B}[A")
        #expect(terminal.waitFor("Pickles -> appointed -> ?", after: mark), "Up recalls the previous line")
        terminal.type("\r")
        #expect(terminal.waitFor("Derek Myers", after: mark))

        mark = terminal.mark
        terminal.type("\u{12}recomm")
        #expect(terminal.waitFor("(reverse-i-search)`recomm': Casey -> recommended -> ?", after: mark), "Ctrl-R searches history")
        terminal.type("\r")
        #expect(terminal.waitFor("sustained intervention", after: mark))

        mark = terminal.mark
        terminal.type(":show Eric Pi\t")
        #expect(terminal.waitFor(":show Eric Pickles ", after: mark), "Tab completes names after :show")
        terminal.type("\r")
        #expect(terminal.waitFor("Eric Pickles  (person, id eric-pickles)", after: mark))

        mark = terminal.mark
        terminal.type(":frobnicate\u{03}")
        #expect(terminal.waitFor("^C", after: mark))
        terminal.type(":timing on\r")
        #expect(terminal.waitFor("timing: on", after: mark))
        #expect(!terminal.transcript[mark...].contains("unknown command"), "Ctrl-C abandoned the line")

        terminal.type("\u{04}")
        try #require(waitForExit(process))
        #expect(process.terminationStatus == 0)
        #expect(sameModes(terminal.attributes, before), "the terminal's settings are restored")
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved == "Casey -> recommended -> ?\nPickles -> appointed -> ?\nCasey -> recommended -> ?\n:show Eric Pickles\n:timing on\n")
    }

    /// The kernel discards SIGTSTP in an orphaned process group (as under some CI runners),
    /// so Ctrl-Z can only be seen to stop kg when the tests' group has a parent job shell.
    @Test(.enabled(if: JobControl.canStop, "the tests run in an orphaned process group, where SIGTSTP is discarded"))
    func controlZGivesTheTerminalBackUntilContinued() throws {
        let terminal = try PseudoTerminal()
        let before = terminal.attributes
        let process = try startRepl(on: terminal, history: "")
        #expect(terminal.waitFor("kg> "))
        terminal.type("\u{1A}")
        try #require(waitForState("T", of: process), "Ctrl-Z stops kg")
        #expect(sameModes(terminal.attributes, before), "a stopped kg leaves the terminal as it found it")
        kill(process.processIdentifier, SIGCONT)
        let mark = terminal.mark
        terminal.type(":timing on\r")
        #expect(terminal.waitFor("timing: on", after: mark), "after fg the session goes on")
        #expect(!sameModes(terminal.attributes, before))
        terminal.type(":quit\r")
        try #require(waitForExit(process))
        #expect(sameModes(terminal.attributes, before))
    }

    /// Waits until the process's state letter in /proc (R, S, T ...) is `state`.
    private func waitForState(_ state: Character, of process: Process, timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let stat = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8)) ?? ""
            if let close = stat.lastIndex(of: ")"), stat[close...].dropFirst(2).first == state { return true }
            usleep(20_000)
        }
        return false
    }

    @Test func aTerminatingSignalRestoresTheTerminal() throws {
        let terminal = try PseudoTerminal()
        let before = terminal.attributes
        let process = try startRepl(on: terminal, history: "")
        #expect(terminal.waitFor("kg> "))
        process.terminate()
        try #require(waitForExit(process))
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(sameModes(terminal.attributes, before))
    }
}
