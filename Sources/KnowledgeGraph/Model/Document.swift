/// One source article: its stable id, the path it was read from and its title.
public struct Document: Hashable, Sendable, Comparable {
    /// Stable id: the file name without its extension.
    public var id: String
    /// The path as given on the command line (relative paths stay relative).
    public var path: String
    /// The first non-empty line of the article.
    public var title: String

    /// Creates a document record.
    public init(id: String, path: String, title: String) {
        self.id = id
        self.path = path
        self.title = title
    }

    /// Orders documents by id.
    public static func < (lhs: Document, rhs: Document) -> Bool { lhs.id < rhs.id }
}
