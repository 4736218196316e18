/// The state of a Ctrl-R reverse incremental search through history: what has been typed,
/// which entry matches, and the line to restore if the search is cancelled.
struct ReverseSearch {
    /// The text searched for.
    var query = ""
    /// The history index of the current match, if any.
    var match: Int?
    /// True when the last change to the query found nothing (the prompt says "failed").
    var failed = false
    /// The line and cursor before the search began, restored by Ctrl-G or Escape.
    let originalBuffer: [Character]
    let originalCursor: Int
    /// Searches start below this history index.
    let newest: Int

    init(originalBuffer: [Character], originalCursor: Int, newest: Int) {
        self.originalBuffer = originalBuffer
        self.originalCursor = originalCursor
        self.newest = newest
    }

    /// Finds the newest entry below `start` containing the query (ignoring case); keeps the
    /// previous match and marks the search failed when there is none.
    mutating func find(in history: [String], below start: Int) {
        let needle = query.lowercased()
        var index = min(start, history.count) - 1
        while index >= 0 {
            if needle.isEmpty || history[index].lowercased().contains(needle) {
                match = index
                failed = false
                return
            }
            index -= 1
        }
        failed = !needle.isEmpty
    }

    /// The matched entry (or the original line when nothing matched yet).
    func line(in history: [String], fallback: [Character]) -> [Character] {
        match.map { Array(history[$0]) } ?? fallback
    }

    /// The readline-style search prompt with the match and the cursor at the matched text.
    func view(in history: [String], fallback: [Character]) -> EditorView {
        let prompt = "(\(failed ? "failed " : "")reverse-i-search)`\(query)': "
        let line = String(line(in: history, fallback: fallback))
        var cursor = 0
        if !query.isEmpty, let range = line.lowercased().range(of: query.lowercased()) {
            cursor = line.lowercased().distance(from: line.lowercased().startIndex, to: range.lowerBound)
        }
        return EditorView(prompt: prompt, text: line, cursor: cursor)
    }
}

extension LineEditor {
    /// Handles a key while searching. Returns nil when the key ends the search and should
    /// then be handled as an ordinary key on the accepted line.
    mutating func handleSearch(_ key: Key) -> EditorEvent? {
        guard var state = search else { return nil }
        switch key {
        case .character(let character):
            state.query.append(character)
            state.find(in: history, below: (state.match ?? state.newest - 1) + 1)
        case .backspace:
            guard !state.query.isEmpty else { return .bell }
            state.query.removeLast()
            state.match = nil
            state.find(in: history, below: state.newest)
        case .control("r"):
            state.find(in: history, below: state.match ?? state.newest)
        case .control("g"), .escape:
            search = nil
            buffer = state.originalBuffer
            cursor = state.originalCursor
            return .redraw
        case .control("c"):
            search = nil
            replaceLine(with: [])
            return .interrupt
        default:
            search = nil
            replaceLine(with: state.line(in: history, fallback: state.originalBuffer))
            return key == .enter ? .submit(text) : nil
        }
        search = state
        return state.failed ? .bell : .redraw
    }
}
