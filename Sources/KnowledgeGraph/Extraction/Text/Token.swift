/// One word, number or punctuation mark of an article, with its place in the original text.
public struct Token: Sendable, Equatable {
    /// What kind of token it is.
    public enum Shape: Sendable, Equatable {
        /// Letters (possibly with inner apostrophes, hyphens or digits).
        case word
        /// Digits, possibly with inner `.`, `,` or `/` ("1,400", "29.01.18").
        case number
        /// A single punctuation or symbol scalar.
        case punctuation
    }

    /// The token as written.
    public let text: String
    /// The token in lower case, without a final possessive `'s`.
    public let stem: String
    /// Word, number or punctuation.
    public let shape: Shape
    /// Offset of the first scalar in the original text.
    public let start: Int
    /// Offset one past the last scalar.
    public let end: Int
    /// True when a line break separates this token from the previous one.
    public let startsLine: Bool

    /// Creates a token; `stem` is derived from `text`.
    public init(text: String, shape: Shape, start: Int, end: Int, startsLine: Bool) {
        self.text = text
        self.shape = shape
        self.start = start
        self.end = end
        self.startsLine = startsLine
        let lower = text.lowercased()
        let possessive = shape == .word && lower.hasSuffix("'s") && lower.count > 2
        self.stem = possessive ? String(lower.dropLast(2)) : lower
        isPossessive = possessive
        isCapitalised = shape == .word && (text.unicodeScalars.first.map(Self.isUppercase) ?? false)
        isAcronym = isCapitalised && text.unicodeScalars.count >= 2 && text.unicodeScalars.allSatisfy(Self.isUppercase)
    }

    /// True for a word ending in a possessive `'s` ("Okafor's").
    public let isPossessive: Bool

    /// True for a word starting with an upper-case letter.
    public let isCapitalised: Bool

    /// True for a word of two or more letters, all upper case ("IPCC", "RMBC").
    public let isAcronym: Bool

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
    }

    /// The text without a final possessive `'s`, case kept ("Okafor's" → "Okafor").
    public var bare: String { isPossessive ? String(text.dropLast(2)) : text }

    /// True when this token is the punctuation mark `mark`.
    public func isMark(_ mark: Unicode.Scalar) -> Bool {
        shape == .punctuation && text.unicodeScalars.first == mark
    }
}
