/// Where an entity was seen: a document and a range of Unicode scalar offsets.
public struct Mention: Hashable, Sendable, Comparable {
    /// The document id.
    public var doc: String
    /// Offset of the first scalar, counted in `String.unicodeScalars`.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    /// Creates a mention of `doc[start..<end]`.
    public init(doc: String, start: Int, end: Int) {
        self.doc = doc
        self.start = start
        self.end = end
    }

    /// Orders mentions by document, then position.
    public static func < (lhs: Mention, rhs: Mention) -> Bool {
        (lhs.doc, lhs.start, lhs.end) < (rhs.doc, rhs.start, rhs.end)
    }
}

/// The sentence a relation was read from, so every fact can be traced to its source.
public struct Evidence: Hashable, Sendable, Comparable {
    /// The document id.
    public var doc: String
    /// Offset of the sentence's first scalar in the document text.
    public var start: Int
    /// Offset one past the sentence's last scalar.
    public var end: Int
    /// The whole sentence.
    public var text: String

    /// Creates evidence for the sentence `text` found at `doc[start..<end]`.
    public init(doc: String, start: Int, end: Int, text: String) {
        self.doc = doc
        self.start = start
        self.end = end
        self.text = text
    }

    /// Orders evidence by document, then position.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.doc, lhs.start, lhs.end, lhs.text) < (rhs.doc, rhs.start, rhs.end, rhs.text)
    }
}
