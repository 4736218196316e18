/// One of the REPL's colon commands (`:show`, `:stats` ...): its name, arguments and help,
/// and what each argument is, so `:help` and Tab completion read from one table.
public struct SessionCommand: Sendable {
    /// What an argument holds, which decides how Tab completes it.
    public enum Argument: Equatable, Sendable {
        /// The name of another command (`:help show`).
        case command
        /// An entity kind (`person`).
        case kind
        /// An entity name or alias; takes the rest of the line, spaces included.
        case entityName
        /// A file or folder path.
        case path
        /// One of a fixed set of words.
        case choice([String])
    }

    /// The name without the colon.
    public let name: String
    /// The argument synopsis shown by `:help` (`NAME`, `[kind] [prefix]`).
    public let synopsis: String
    /// One line for the `:help` list.
    public let summary: String
    /// Further explanation shown by `:help NAME`.
    public let details: String
    /// The arguments in order, for completion.
    public let arguments: [Argument]

    /// Every command, in the order `:help` lists them.
    public static let all: [SessionCommand] = [
        SessionCommand(name: "help", synopsis: "[command]", summary: "list the commands, or explain one",
                       details: "Lines that do not start with ':' are queries; see docs/QUERY.md for the language.",
                       arguments: [.command]),
        SessionCommand(name: "load", synopsis: "PATH...", summary: "extract more articles (or a saved .json graph) and merge them in",
                       details: "Articles are .txt files or folders of them; entities that name the same referent merge with those already loaded.",
                       arguments: [.path]),
        SessionCommand(name: "stats", synopsis: "", summary: "entities per kind, relations per predicate, documents",
                       details: "", arguments: []),
        SessionCommand(name: "schema", synopsis: "", summary: "the entity kinds and the predicates with their subject and object kinds",
                       details: "", arguments: []),
        SessionCommand(name: "entities", synopsis: "[kind] [prefix]", summary: "list entities, optionally of one kind and starting with a prefix",
                       details: "The prefix is compared without case against the name and the aliases.",
                       arguments: [.kind, .entityName]),
        SessionCommand(name: "show", synopsis: "NAME", summary: "an entity's card: kind, aliases, attributes, relations, documents",
                       details: "NAME is a canonical name or an alias, quoted or not. The card becomes the last result, so :why shows its evidence.",
                       arguments: [.entityName]),
        SessionCommand(name: "why", synopsis: "", summary: "the evidence sentences behind the last result",
                       details: "", arguments: []),
        SessionCommand(name: "export", synopsis: "FORMAT FILE", summary: "write the last result's subgraph (or the whole graph) to FILE",
                       details: "Formats: " + ReplExport.formats.joined(separator: ", ") + " (see kg help export).", arguments: [.choice(ReplExport.formats), .path]),
        SessionCommand(name: "render", synopsis: "FILE.svg", summary: "draw the last result's subgraph (or the whole graph) with Graphviz",
                       details: "The format follows the file's extension: .svg, .png or .pdf. Needs Graphviz's dot (or KG_DOT).", arguments: [.path]),
        SessionCommand(name: "format", synopsis: "table|json|tsv", summary: "how query results are printed",
                       details: "", arguments: [.choice(ResultFormatter.Format.allCases.map(\.rawValue))]),
        SessionCommand(name: "timing", synopsis: "on|off", summary: "print how long each query and :load takes",
                       details: "", arguments: [.choice(["on", "off"])]),
        SessionCommand(name: "save", synopsis: "FILE", summary: "write the session's graph as JSON (reload it with --graph FILE)",
                       details: "", arguments: [.path]),
        SessionCommand(name: "source", synopsis: "FILE", summary: "run the lines of FILE as if typed",
                       details: "Stops at the file's first failing line.", arguments: [.path]),
        SessionCommand(name: "quit", synopsis: "", summary: "end the session (Ctrl-D does too)",
                       details: "", arguments: []),
    ]

    /// The command called `name` (with or without the colon).
    public static func named(_ name: String) -> SessionCommand? {
        let bare = name.hasPrefix(":") ? String(name.dropFirst()) : name
        return all.first { $0.name == bare }
    }

    /// The usage line: `:show NAME`.
    public var usage: String { synopsis.isEmpty ? ":\(name)" : ":\(name) \(synopsis)" }
}
