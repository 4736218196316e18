import Foundation
import KnowledgeGraph

/// `kg repl` on a terminal: the prompt, the line editor, history and completion around a
/// `ReplSession`. Keys are decoded from raw-mode input and fed to `LineEditor`; its view is
/// drawn with `LineRenderer`. The terminal is restored however the session ends.
struct InteractiveSession {
    /// The session the lines run in.
    var session: ReplSession
    /// The history file, or nil when history is off (`KG_HISTORY=`).
    var historyPath: String?
    private var decoder = KeyDecoder()
    private var queuedKeys: [Key] = []

    /// A session on the terminal, keeping history in `historyPath` (nil: no history).
    init(session: ReplSession, historyPath: String?) {
        self.session = session
        self.historyPath = historyPath
    }

    /// Runs until `:quit`, Ctrl-D or the end of input; returns the exit status.
    mutating func run() throws -> Int32 {
        var history = loadHistory()
        let terminal = try RawTerminal()
        defer { terminal.restore() }
        terminal.write(session.banner + "\n")
        var accumulator = InputAccumulator()
        var completer = Completer(graph: session.graph)
        while !session.isFinished {
            let prompt = accumulator.isContinuing ? "...> " : "kg> "
            var editor = LineEditor(prompt: prompt, history: history.entries, complete: completer.complete)
            guard let line = readLine(editor: &editor, terminal: terminal) else { break }
            guard let text = line else {
                accumulator.reset()
                continue
            }
            guard let input = accumulator.add(text) else { continue }
            history.add(input)
            saveHistory(input)
            let response = session.execute(input)
            for message in response.messages {
                if message.stream == .output { terminal.write(message.text + "\n") } else { Terminal.error(message.text) }
            }
            completer = Completer(graph: session.graph)
        }
        return 0
    }

    /// Reads one line: the outer nil means end the session (Ctrl-D, end of input), the inner
    /// nil that the line was abandoned with Ctrl-C. Keys left over after Enter (pasted text)
    /// stay queued for the next line.
    private mutating func readLine(editor: inout LineEditor, terminal: RawTerminal) -> String?? {
        while true {
            if queuedKeys.isEmpty {
                terminal.write(LineRenderer.redraw(editor.view, width: terminal.width))
                let bytes = terminal.read()
                if bytes.isEmpty { return nil }
                queuedKeys = decoder.feed(bytes)
                if decoder.hasPending, !terminal.hasInput(within: 50) { queuedKeys += decoder.flush() }
                continue
            }
            switch editor.handle(queuedKeys.removeFirst()) {
            case .submit(let line):
                terminal.write(LineRenderer.redraw(editor.view, width: terminal.width) + "\n")
                return .some(line)
            case .interrupt:
                terminal.write("^C\n")
                return .some(nil)
            case .endOfInput:
                terminal.write(LineRenderer.redraw(editor.view, width: terminal.width) + "\n")
                return nil
            case .bell:
                terminal.write("\u{7}")
            case .listCandidates(let candidates):
                terminal.write("\n" + LineRenderer.columns(candidates, width: terminal.width))
            case .clearScreen:
                terminal.write(LineRenderer.clearScreen)
            case .suspend:
                terminal.write("\n")
                terminal.suspend()
            case .redraw:
                break
            }
        }
    }

    private func loadHistory() -> History {
        guard let historyPath else { return History() }
        do {
            return try History.load(from: historyPath)
        } catch {
            Terminal.warn("\(error); history is not loaded")
            return History()
        }
    }

    /// Adds the line to the history file; after a failure history stays off for the session.
    private mutating func saveHistory(_ input: String) {
        guard let historyPath else { return }
        do {
            try History.append([input], to: historyPath)
        } catch {
            Terminal.warn("\(error); history is off for this session")
            self.historyPath = nil
        }
    }
}
