/// A name found in a sentence before resolution: what it looks like and where it is.
public struct DetectedMention: Sendable, Equatable {
    /// How the name was written, which decides how the resolver treats it.
    public enum Form: Sendable, Equatable {
        /// A complete name: "Amara Okafor", "Westshire Metropolitan Borough Council".
        case full
        /// A title and a surname: "Dr Okafor", "Cllr Reed".
        case titled
        /// One capitalised word the resolver must identify: "Okafor", "Westshire".
        case bare
        /// An all-capitals short form: "RMBC", "IPCC".
        case acronym
    }

    /// The kind, or nil when only the resolver can tell (bare words, acronyms).
    public var kind: EntityKind?
    /// The tokens of the name (article token indices), without titles or a possessive.
    public var tokens: Range<Int>
    /// The name as it should be stored ("Amara Okafor", "Okafor Report").
    public var name: String
    /// How it was written.
    public var form: Form
    /// Other names known for it (gazetteer aliases).
    public var aliases: [String] = []
    /// True for newspapers and broadcasters.
    public var isMedia = false
}
