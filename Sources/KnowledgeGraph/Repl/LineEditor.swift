/// The line editor behind the REPL's prompt, as a pure state machine: it takes `Key`s and
/// answers with an `EditorEvent`, and `view` describes what the line should look like.
///
/// Knowing nothing about terminals keeps it testable: the terminal loop decodes bytes into
/// keys, feeds them here and draws `view` with `LineRenderer`. Editing follows readline's
/// keys: arrows, Home/End, Backspace/Delete, Ctrl-A/E/B/F/K/U/W/L, Alt-B/F, Up/Down and Ctrl-P/N for
/// history, Ctrl-R for reverse incremental search, Tab for completion, Ctrl-C to abandon the
/// line, Ctrl-D on an empty line to end the session and Ctrl-Z to suspend it.
public struct LineEditor {
    /// The characters of the line being edited.
    public internal(set) var buffer: [Character] = []
    /// The cursor position, from 0 (before the first character) to `buffer.count`.
    public internal(set) var cursor = 0
    /// The prompt shown before the line.
    public let prompt: String

    let history: [String]
    private var historyPosition: Int
    private var draft: [Character] = []
    var search: ReverseSearch?
    private let complete: (String, Int) -> Completion
    private var previousKeyWasTab = false

    /// An editor for one line. `history` is oldest first; `complete` answers Tab with the
    /// candidates for the text and cursor position it is given.
    public init(prompt: String, history: [String] = [], complete: @escaping (String, Int) -> Completion = { _, cursor in
        Completion(range: cursor..<cursor, candidates: [])
    }) {
        self.prompt = prompt
        self.history = history
        self.historyPosition = history.count
        self.complete = complete
    }

    /// The line as text.
    public var text: String { String(buffer) }

    /// What to draw: the prompt, the line and where the cursor is (the search prompt while searching).
    public var view: EditorView {
        if let search { return search.view(in: history, fallback: buffer) }
        return EditorView(prompt: prompt, text: text, cursor: cursor)
    }

    /// Applies one key and says what the caller should do next.
    public mutating func handle(_ key: Key) -> EditorEvent {
        if search != nil, let event = handleSearch(key) { return event }
        defer { previousKeyWasTab = key == .tab }
        switch key {
        case .character(let character): insert([character])
        case .enter: return .submit(text)
        case .tab: return completeWord()
        case .backspace, .control("h"):
            guard cursor > 0 else { return .bell }
            cursor -= 1
            buffer.remove(at: cursor)
        case .delete: return deleteUnderCursor()
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(buffer.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = buffer.count
        case .up, .control("p"): return recall(offset: -1)
        case .down, .control("n"): return recall(offset: 1)
        case .control("k"): buffer.removeSubrange(cursor...)
        case .control("u"):
            buffer.removeSubrange(..<cursor)
            cursor = 0
        case .control("w"): deleteWordBeforeCursor()
        case .meta("b"): cursor = wordBoundary(before: cursor)
        case .meta("f"): cursor = wordBoundary(after: cursor)
        case .control("r"): search = ReverseSearch(originalBuffer: buffer, originalCursor: cursor, newest: history.count)
        case .control("c"):
            replaceLine(with: [])
            return .interrupt
        case .control("d"): return buffer.isEmpty ? .endOfInput : deleteUnderCursor()
        case .control("l"): return .clearScreen
        case .control("z"): return .suspend
        default: return .bell
        }
        return .redraw
    }

    /// Replaces the whole line and puts the cursor at its end.
    mutating func replaceLine(with characters: [Character]) {
        buffer = characters
        cursor = characters.count
    }

    private mutating func insert(_ characters: [Character]) {
        buffer.insert(contentsOf: characters, at: cursor)
        cursor += characters.count
    }

    private mutating func deleteUnderCursor() -> EditorEvent {
        guard cursor < buffer.count else { return .bell }
        buffer.remove(at: cursor)
        return .redraw
    }

    /// Ctrl-W: deletes the whitespace before the cursor, then the word before that.
    private mutating func deleteWordBeforeCursor() {
        let start = wordBoundary(before: cursor)
        buffer.removeSubrange(start..<cursor)
        cursor = start
    }

    /// The start of the word before `position` (skipping whitespace first), for Ctrl-W and Alt-B.
    private func wordBoundary(before position: Int) -> Int {
        var start = position
        while start > 0, buffer[start - 1].isWhitespace { start -= 1 }
        while start > 0, !buffer[start - 1].isWhitespace { start -= 1 }
        return start
    }

    /// The end of the word after `position` (skipping whitespace first), for Alt-F.
    private func wordBoundary(after position: Int) -> Int {
        var end = position
        while end < buffer.count, buffer[end].isWhitespace { end += 1 }
        while end < buffer.count, !buffer[end].isWhitespace { end += 1 }
        return end
    }

    /// Up/Down: moves through history; stepping past the newest entry brings back the line
    /// being typed before the first Up.
    private mutating func recall(offset: Int) -> EditorEvent {
        let target = historyPosition + offset
        guard target >= 0, target <= history.count else { return .bell }
        if historyPosition == history.count { draft = buffer }
        historyPosition = target
        replaceLine(with: target == history.count ? draft : Array(history[target]))
        return .redraw
    }

    /// Tab: a single candidate replaces the word (followed by a space unless it is a folder);
    /// several replace it with their common prefix when that is longer (`Louise C` becomes
    /// `"Amara Okafor`); a Tab right after another lists them.
    private mutating func completeWord() -> EditorEvent {
        let completion = complete(text, cursor)
        let range = completion.range
        guard range.lowerBound >= 0, range.upperBound <= buffer.count, !completion.candidates.isEmpty else { return .bell }
        if completion.candidates.count == 1, let only = completion.candidates.first {
            replace(range, with: only + (only.hasSuffix("/") ? "" : " "))
            return .redraw
        }
        let prefix = Completion.commonPrefix(of: completion.candidates)
        if prefix.count > range.count {
            replace(range, with: prefix)
            return .redraw
        }
        return previousKeyWasTab ? .listCandidates(completion.candidates) : .bell
    }

    private mutating func replace(_ range: Range<Int>, with replacement: String) {
        buffer.replaceSubrange(range, with: Array(replacement))
        cursor = range.lowerBound + replacement.count
    }
}

/// What the line editor asks of its caller after a key.
public enum EditorEvent: Equatable, Sendable {
    /// Draw `view` again.
    case redraw
    /// The line is finished: run it.
    case submit(String)
    /// Ctrl-C: the line was abandoned; show `^C` and start a fresh one.
    case interrupt
    /// Ctrl-D on an empty line: end the session.
    case endOfInput
    /// Nothing to do for this key: ring the bell.
    case bell
    /// Several completions and nothing to add: show them below the line, then redraw.
    case listCandidates([String])
    /// Ctrl-L: clear the screen, then redraw.
    case clearScreen
    /// Ctrl-Z: give the terminal back and stop, as the shell's job control expects; redraw on resuming.
    case suspend
}

/// What the editor's line looks like, independent of any terminal.
public struct EditorView: Equatable, Sendable {
    /// The prompt (`kg> `, `...> ` or the search prompt).
    public var prompt: String
    /// The text after the prompt.
    public var text: String
    /// The cursor's position in `text`, in characters.
    public var cursor: Int

    /// Creates a view.
    public init(prompt: String, text: String, cursor: Int) {
        self.prompt = prompt
        self.text = text
        self.cursor = cursor
    }
}
