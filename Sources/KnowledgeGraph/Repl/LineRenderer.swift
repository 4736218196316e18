import Foundation

/// Turns an `EditorView` into the bytes that redraw the line on an ANSI terminal.
///
/// The line is redrawn in place: carriage return, prompt, the visible part of the text,
/// clear to the end of the line, then the cursor moved back to its column. A line wider
/// than the terminal scrolls sideways so the cursor always stays on screen.
public enum LineRenderer {
    /// The escape sequence that redraws `view` on a terminal `width` columns wide.
    public static func redraw(_ view: EditorView, width: Int) -> String {
        let prompt = Array(view.prompt)
        let text = Array(view.text)
        let room = max(1, width - prompt.count - 1)
        let start = view.cursor >= room ? view.cursor - room + 1 : 0
        let visible = text[start..<min(text.count, start + room)]
        let column = prompt.count + view.cursor - start
        var output = "\r" + String(prompt) + String(visible).replacingNewlines + "\u{1B}[K\r"
        if column > 0 { output += "\u{1B}[\(column)C" }
        return output
    }

    /// Clears the screen and puts the cursor at the top left (Ctrl-L).
    public static let clearScreen = "\u{1B}[H\u{1B}[2J"

    /// The most candidates listed at once; past it a count is shown instead, as readline
    /// asks before flooding the screen.
    public static let listLimit = 60

    /// Candidates laid out in columns that fit `width`, one row per line, ending in a newline;
    /// more than `listLimit` become one line saying how many there are.
    public static func columns(_ candidates: [String], width: Int) -> String {
        if candidates.count > listLimit { return "\(candidates.count) possibilities; type a few more letters\r\n" }
        let cell = (candidates.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / max(cell, 1))
        var lines: [String] = []
        var index = 0
        while index < candidates.count {
            let row = candidates[index..<min(candidates.count, index + perRow)]
            lines.append(row.enumerated().map { offset, candidate in
                offset == row.count - 1 ? candidate : candidate.padding(toLength: cell, withPad: " ", startingAt: 0)
            }.joined())
            index += perRow
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

private extension String {
    /// Newlines shown as a visible `↵`, so a recalled multi-line entry stays on one row.
    var replacingNewlines: String { replacingOccurrences(of: "\n", with: "↵") }
}
