/// Turns any text into a safe DOT attribute value, following the DOT language: a quoted string
/// in which only `\"` is an escape, read by Graphviz as an escString (so `\\` is one backslash
/// and `\n` a line break) and with HTML entities decoded (so `&` must be written `&amp;`).
///
/// Everything kg writes into a DOT file from data passes through `quoted`, so a name such as
/// `He said "no" \ <b>` cannot end the string early, start a new attribute, or change meaning.
public enum DOTString {
    /// `text` as a double-quoted DOT string that Graphviz shows exactly as `text`; line breaks
    /// become `\n` (a centred line break in labels), other control characters become spaces.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "&": result += "&amp;"
            case "\r": result += "\\n"
            case "\n": if !previousWasReturn { result += "\\n" }
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Breaks `text` into lines of at most about `width` characters at spaces, so long names
    /// make tall, narrow nodes instead of wide ones. A single longer word keeps its own line.
    public static func wrapped(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
