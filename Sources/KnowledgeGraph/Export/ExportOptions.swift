import Foundation

/// A parsed `kg export` (or `kg render`) command line: the format, where the graph comes
/// from, which part of it to export, how to draw it, and where to write it.
///
/// Parsing lives in the library so that tests and `Graphviz/diagrams.txt` use exactly the
/// options a user types.
public struct ExportOptions: Equatable, Sendable {
    /// The output format.
    public var format: ExportFormat
    /// Article files or folders to extract; empty with no `graphFile` means the seeds.
    public var paths: [String] = []
    /// A saved graph to load instead of extracting (`--graph`).
    public var graphFile: String?
    /// The part of the graph to export.
    public var selection = GraphSelection()
    /// Diagram options (DOT only).
    public var dot = DOTOptions()
    /// Base IRI of the RDF namespaces (`--base`, Turtle and N-Triples only).
    public var base = RDFExporter.defaultBase
    /// File to write (`-o`); nil prints to standard output.
    public var output: String?

    /// Options for `format` with every default.
    public init(format: ExportFormat) { self.format = format }

    /// Parses `kg export` arguments: `FORMAT [PATHS...]` and options. Throws `ExportOptionError`.
    public static func parse(_ words: [String]) throws -> ExportOptions {
        try parse(words, format: nil)
    }

    /// Parses arguments for a fixed `format` (as `kg render` does for DOT), or, when nil,
    /// reads the format from the first positional argument.
    public static func parse(_ words: [String], format fixed: ExportFormat?) throws -> ExportOptions {
        var scanner = OptionScanner(words)
        var parsed = ExportOptions(format: fixed ?? .dot)
        var dotOnly: [String] = []
        var positionals: [String] = []
        while let word = scanner.next() {
            guard let option = word.option else {
                positionals.append(word.text)
                continue
            }
            switch option {
            case "--graph": parsed.graphFile = try scanner.value(for: option)
            case "--around": parsed.selection.around.append(try scanner.value(for: option))
            case "--depth": parsed.selection.depth = try scanner.integer(for: option, in: 0...20)
            case "--kinds": parsed.selection.kinds = try names(scanner.value(for: option), of: EntityKind.self, option: option)
            case "--predicates": parsed.selection.predicates = try names(scanner.value(for: option), of: Predicate.self, option: option)
            case "--cluster": parsed.dot.clusterByKind = try scanner.choice(for: option, among: ["kind", "none"]) == "kind"
            case "--rankdir":
                let value = try scanner.choice(for: option, among: DOTOptions.RankDirection.allCases.map(\.rawValue))
                parsed.dot.rankDirection = DOTOptions.RankDirection(rawValue: value)!
            case "--timeline": parsed.dot.timeline = try scanner.flag(option)
            case "--no-legend": parsed.dot.legend = !(try scanner.flag(option))
            case "--title": parsed.dot.title = try scanner.value(for: option)
            case "--base": parsed.base = try RDFExporter.checkedBase(scanner.value(for: option))
            case "-o", "--output": parsed.output = try scanner.value(for: option)
            default: throw scanner.unknown(option, known: knownOptions)
            }
            if ["--cluster", "--rankdir", "--timeline", "--no-legend", "--title"].contains(option) { dotOnly.append(option) }
        }
        if fixed == nil {
            guard let name = positionals.first else {
                throw ExportOptionError("name a format: " + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let format = ExportFormat(rawValue: name.lowercased()) else {
                throw ExportOptionError(unknown: name, what: "format", among: ExportFormat.allCases.map(\.rawValue))
            }
            parsed.format = format
            positionals.removeFirst()
        }
        parsed.paths = positionals
        if parsed.dot.timeline, !words.contains(where: { $0 == "--rankdir" || $0.hasPrefix("--rankdir=") }) {
            parsed.dot.rankDirection = .topToBottom // a long time axis reads best down the page
        }
        try parsed.check(dotOnly: dotOnly, depthGiven: words.contains { $0 == "--depth" || $0.hasPrefix("--depth=") })
        return parsed
    }

    /// Every option `parse` knows, for "did you mean" on a misspelt one.
    static let knownOptions = ["--graph", "--around", "--depth", "--kinds", "--predicates", "--cluster", "--rankdir",
                               "--timeline", "--no-legend", "--title", "--base", "--output"]

    private func check(dotOnly: [String], depthGiven: Bool) throws {
        if let option = dotOnly.first, format != .dot {
            throw ExportOptionError("\(option) draws diagrams; it applies to the dot format only")
        }
        if base != RDFExporter.defaultBase, format != .turtle, format != .ntriples {
            throw ExportOptionError("--base applies to the turtle and ntriples formats only")
        }
        if depthGiven, selection.around.isEmpty {
            throw ExportOptionError("--depth needs --around NAME (whose neighbourhood to draw)")
        }
        if dot.timeline, dot.clusterByKind {
            throw ExportOptionError("--timeline and --cluster kind cannot be combined; choose one layout")
        }
        if graphFile != nil, !paths.isEmpty {
            throw ExportOptionError("give either article paths or --graph FILE, not both")
        }
    }

    private static func names<T: RawRepresentable & CaseIterable & Hashable>(_ list: String, of type: T.Type, option: String) throws -> Set<T> where T.RawValue == String {
        let items = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        guard !items.isEmpty else { throw ExportOptionError("\(option) needs a comma-separated list") }
        return Set(try items.map { item in
            guard let value = T(rawValue: item) else {
                throw ExportOptionError(unknown: item, what: String(option.dropFirst(2).dropLast()), among: T.allCases.map(\.rawValue))
            }
            return value
        })
    }

    /// Where the graph comes from: `--graph`, the paths, or the seeds.
    public func graphSource() throws -> GraphSource {
        try GraphSource.from(paths: paths, graphFile: graphFile)
    }

    /// The selected part of `graph` in the chosen format. Throws `LookupError` or
    /// `SelectionError` when the selection names what is not there.
    public func text(for graph: Graph) throws -> String {
        var diagram = dot
        diagram.emphasised.formUnion(try selection.centres(in: graph).map { graph.entities[$0].id })
        return format.text(of: try selection.apply(to: graph), dot: diagram, base: base)
    }
}

/// A command line that `ExportOptions.parse` cannot accept, with what to type instead.
public struct ExportOptionError: Error, Equatable, CustomStringConvertible {
    /// The message for the user.
    public let description: String

    /// An error with this message.
    public init(_ description: String) { self.description = description }

    /// "unknown WHAT 'NAME'; did you mean …? (one of …)".
    init(unknown name: String, what: String, among choices: [String]) {
        let hint = NameSuggester.suggestions(for: name, among: choices, limit: 1).first.map { "did you mean '\($0)'? " } ?? ""
        self.init("unknown \(what) '\(name)'; \(hint)expected one of \(choices.joined(separator: ", "))")
    }
}
