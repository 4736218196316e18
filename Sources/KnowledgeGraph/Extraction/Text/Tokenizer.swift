/// Splits cleaned scalars into tokens in one pass, recording each token's scalar offsets.
///
/// Inner apostrophes and hyphens stay inside words ("children's", "director-general"),
/// inner `.`, `,` and `/` stay inside numbers ("1,400", "29.01.18"); everything else that
/// is not a letter, digit or space is a one-scalar punctuation token.
public enum Tokenizer {
    /// The tokens of `scalars`.
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var sawLineBreak = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" { sawLineBreak = true; index += 1; continue }
            if scalar == " " || (!scalar.isASCII && scalar.properties.isWhitespace) || scalar.value < 0x20 { index += 1; continue }
            let start = index
            let shape: Token.Shape
            if isLetter(scalar) {
                shape = .word
                index += 1
                while index < scalars.count {
                    let current = scalars[index]
                    if isLetter(current) || isDigit(current) { index += 1; continue }
                    let joins = current == "'" || current == "-"
                    if joins, index + 1 < scalars.count, isLetter(scalars[index + 1]) || isDigit(scalars[index + 1]) {
                        index += 2
                        continue
                    }
                    break
                }
            } else if isDigit(scalar) {
                shape = .number
                index += 1
                while index < scalars.count {
                    let current = scalars[index]
                    if isDigit(current) || isLetter(current) { index += 1; continue }
                    let joins = current == "." || current == "," || current == "/"
                    if joins, index + 1 < scalars.count, isDigit(scalars[index + 1]) {
                        index += 2
                        continue
                    }
                    break
                }
            } else {
                shape = .punctuation
                index += 1
            }
            let text = String(String.UnicodeScalarView(scalars[start..<index]))
            tokens.append(Token(text: text, shape: shape, start: start, end: index, startsLine: sawLineBreak))
            sawLineBreak = false
        }
        return tokens
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
