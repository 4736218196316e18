/// Gathers physical lines into one input while it is unfinished: a double quote or a
/// bracket (`(`, `[`, `{`) still open, or a line ending in `\`.
///
/// The lines are joined with newlines; a trailing backslash is dropped. A `#` outside quotes
/// starts a comment, whose quotes and brackets do not count.
public struct InputAccumulator: Sendable {
    private var lines: [String] = []

    /// An accumulator holding nothing.
    public init() {}

    /// True while an input has begun and awaits more lines (the prompt is `...> `).
    public var isContinuing: Bool { !lines.isEmpty }

    /// What has been gathered so far, for the error when input ends inside it.
    public var pendingText: String { lines.joined(separator: "\n") }

    /// Adds a line; returns the whole input when it is finished, nil when more is needed.
    public mutating func add(_ line: String) -> String? {
        if line.hasSuffix("\\") {
            lines.append(String(line.dropLast()))
            return nil
        }
        lines.append(line)
        let text = lines.joined(separator: "\n")
        guard InputAccumulator.isComplete(text) else { return nil }
        lines = []
        return text
    }

    /// Forgets a half-entered input (Ctrl-C at the `...> ` prompt).
    public mutating func reset() { lines = [] }

    /// True when no quote or bracket is left open in `text`.
    public static func isComplete(_ text: String) -> Bool {
        var inQuote = false
        var inComment = false
        var depth = 0
        for character in text {
            if inComment {
                if character == "\n" { inComment = false }
                continue
            }
            if character == "\"" { inQuote.toggle() }
            if inQuote || character == "\"" { continue }
            switch character {
            case "#": inComment = true
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            default: break
            }
        }
        return !inQuote && depth <= 0
    }
}
