/// A person, body, report, event, place or concept, with every surface form that names it.
public struct Entity: Hashable, Sendable {
    /// Stable id derived from the canonical name (`amara-okafor`).
    public var id: String
    /// What the entity is.
    public var kind: EntityKind
    /// The fullest form the text gives ("Amara Okafor").
    public var name: String
    /// Every other surface form, sorted ("Okafor", "Dr Okafor").
    public var aliases: [String]
    /// Free attributes such as `role` or `date`.
    public var attributes: [String: String]
    /// Where the entity was seen, sorted.
    public var mentions: [Mention]

    /// Creates an entity; `aliases` and `mentions` are kept as given.
    public init(id: String, kind: EntityKind, name: String, aliases: [String] = [],
                attributes: [String: String] = [:], mentions: [Mention] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.mentions = mentions
    }

    /// The canonical name followed by the aliases.
    public var allNames: [String] { [name] + aliases }
}
