/// Reads the TSV twin of a graph (`nodes.tsv`: `name<TAB>kind`; `edges.tsv`:
/// `source<TAB>predicate<TAB>target`), as written by `kg generate graph` or by a spreadsheet.
///
/// Blank lines, `#` comments, Windows line ends and a header row are accepted. Every bad row
/// is an `ImportError` naming the file and line, with the closest kind, predicate or node
/// name when one was misspelt.
public enum EdgeListTSV {
    /// Parses both files' text; `nodesPath` and `edgesPath` are used in error messages.
    public static func parse(nodes: String, nodesPath: String, edges: String, edgesPath: String) throws -> EdgeList {
        var list = EdgeList()
        var lineOfName: [String: Int] = [:]
        var indexOfName: [String: Int] = [:]
        try forEachRow(nodes, path: nodesPath, width: 2, header: ["name", "kind"]) { line, fields in
            let name = fields[0], kindName = fields[1]
            guard !name.isEmpty else { throw ImportError(path: nodesPath, line: line, message: "the node name is empty") }
            guard let kind = EntityKind(rawValue: kindName) else {
                throw ImportError(path: nodesPath, line: line, message: "unknown kind '\(kindName)'"
                                  + hint(kindName, EntityKind.allCases.map(\.rawValue), else: "; expected one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            if let first = lineOfName[name] {
                throw ImportError(path: nodesPath, line: line, message: "the node '\(name)' is already listed on line \(first); node names must be unique")
            }
            lineOfName[name] = line
            indexOfName[name] = list.nodes.count
            list.nodes.append(EdgeList.Node(name: name, kind: kind))
        }
        try forEachRow(edges, path: edgesPath, width: 3, header: ["source", "predicate", "target"]) { line, fields in
            guard let predicate = Predicate(rawValue: fields[1]) else {
                throw ImportError(path: edgesPath, line: line, message: "unknown predicate '\(fields[1])'"
                                  + hint(fields[1], Predicate.allCases.map(\.rawValue), else: "; see SCHEMA.md for the 20 predicates"))
            }
            let ends = try [fields[0], fields[2]].map { name in
                guard let index = indexOfName[name] else {
                    throw ImportError(path: edgesPath, line: line, message: "'\(name)' is not a node in \(nodesPath)"
                                      + hint(name, list.nodes.map(\.name), else: "; add it to the nodes file"))
                }
                return index
            }
            list.edges.append(EdgeList.Edge(source: ends[0], predicate: predicate, target: ends[1]))
        }
        return list
    }

    private static func hint(_ word: String, _ candidates: [String], else fallback: String) -> String {
        NameSuggester.suggestions(for: word, among: candidates, limit: 1).first.map { "; did you mean '\($0)'?" } ?? fallback
    }

    /// Calls `body` with the 1-based line number and the fields of every data row, checking
    /// that each row has exactly `width` tab-separated fields. A first row equal to `header`
    /// (ignoring case) is skipped.
    private static func forEachRow(_ text: String, path: String, width: Int, header: [String],
                                   _ body: (Int, [String]) throws -> Void) throws {
        var lineNumber = 0
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            if lineNumber == 1, fields.map({ $0.lowercased() }) == header { continue }
            guard fields.count == width else {
                throw ImportError(path: path, line: lineNumber,
                                  message: "expected \(width) tab-separated fields (\(header.joined(separator: ", "))), found \(fields.count)")
            }
            try body(lineNumber, fields)
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        var trimmed = self
        while trimmed.first == " " { trimmed = trimmed.dropFirst() }
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}

/// A row of an imported TSV file that cannot be used: the file, the line and what is wrong.
public struct ImportError: Error, Equatable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// The 1-based line number.
    public let line: Int
    /// What is wrong and what to do.
    public let message: String

    /// "PATH:LINE: message".
    public var description: String { "\(path):\(line): \(message)" }
}
