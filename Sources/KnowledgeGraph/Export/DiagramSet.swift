import Foundation

/// The list of committed diagrams (`Graphviz/diagrams.txt`): one per line, a name and the
/// `kg export dot` arguments that draw it; `#` starts a comment. Relative paths in the
/// arguments are relative to the list's folder, where `NAME.dot` and `NAME.svg` are written.
///
/// Keeping the list as data means the diagrams can name entities of the seed articles
/// without those names appearing in the source code.
public struct DiagramSet: Sendable {
    /// One diagram of the list.
    public struct Diagram: Equatable, Sendable {
        /// File name without extension.
        public let name: String
        /// How to draw it (format is always DOT; paths already resolved).
        public let options: ExportOptions
    }

    /// The list's path, named in errors.
    public let file: String
    /// The folder holding the list and the diagrams.
    public let folder: String
    /// The diagrams, in list order.
    public let diagrams: [Diagram]

    /// Reads and parses the list at `path`. Errors name the file and line.
    public static func load(_ path: String) throws -> DiagramSet {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw FileError(path: path, message: "cannot be read; expected a diagram list (NAME then kg export dot arguments per line)")
        }
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        return try DiagramSet(parsing: text, file: path, folder: folder)
    }

    /// Parses list text; `file` names it in errors, `folder` anchors relative paths.
    public init(parsing text: String, file: String, folder: String) throws {
        self.file = file
        self.folder = folder
        var diagrams: [Diagram] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.trimmingCharacters(in: .whitespaces)
            guard !content.isEmpty, !content.hasPrefix("#") else { continue }
            do {
                var words = try CommandLineWords.split(content)
                let name = words.removeFirst()
                guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                    throw ExportOptionError("the name '\(name)' must be letters, digits, '-' or '_' (it becomes a file name)")
                }
                guard !diagrams.contains(where: { $0.name == name }) else { throw ExportOptionError("'\(name)' is listed twice") }
                var options = try ExportOptions.parse(words, format: .dot)
                guard options.output == nil else { throw ExportOptionError("-o is not allowed here; the diagram is written to \(name).dot") }
                options.paths = options.paths.map { Self.resolve($0, in: folder) }
                options.graphFile = options.graphFile.map { Self.resolve($0, in: folder) }
                diagrams.append(Diagram(name: name, options: options))
            } catch let error as ExportOptionError {
                throw FileError(path: file, message: "line \(index + 1): \(error.description)")
            }
        }
        self.diagrams = diagrams
    }

    private static func resolve(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") ? path : ((folder as NSString).appendingPathComponent(path) as NSString).standardizingPath
    }

    /// The DOT text of every diagram, in list order. Each distinct graph source is loaded once,
    /// through `load` (the caller decides how to report problems with single articles).
    public func generate(load: (GraphSource) throws -> Graph) throws -> [(name: String, dot: String)] {
        var loaded: [(source: GraphSource, graph: Graph)] = []
        return try diagrams.map { diagram in
            let source = try diagram.options.graphSource()
            let graph: Graph
            if let cached = loaded.first(where: { $0.source == source }) {
                graph = cached.graph
            } else {
                graph = try load(source)
                loaded.append((source, graph))
            }
            do {
                return (diagram.name, try diagram.options.text(for: graph))
            } catch {
                throw FileError(path: file, message: "diagram '\(diagram.name)': \(error)")
            }
        }
    }
}
