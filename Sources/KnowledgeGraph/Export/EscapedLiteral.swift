/// Backslash-escaped string literals, shared by the Cypher and RDF writers: the delimiter,
/// backslashes and line breaks are escaped, other control characters become `\uXXXX`, and
/// everything else stays UTF-8, so no value can end the literal early.
enum EscapedLiteral {
    /// `text` between two `delimiter`s; `extra` characters are escaped too (Cypher escapes both quotes).
    static func quoted(_ text: String, delimiter: Unicode.Scalar, escapingAlso extra: Unicode.Scalar? = nil) -> String {
        var result = String(delimiter)
        for scalar in text.unicodeScalars {
            switch scalar {
            case _ where scalar == delimiter || scalar == "\\" || scalar == extra: result += "\\" + String(scalar)
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + String(delimiter)
    }
}
