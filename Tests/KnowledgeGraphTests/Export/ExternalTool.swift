import Foundation
@testable import KnowledgeGraph

/// The command-line programs that consume kg's exports (Graphviz, xmllint, rapper), run for
/// real. `.ci/run` installs them; where one is missing its tests are skipped and say why.
enum ExternalTool {
    /// The path of `name` on PATH, or nil.
    static func path(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let hasDot = path("dot") != nil
    static let hasXmllint = path("xmllint") != nil
    static let hasRapper = path("rapper") != nil

    /// Runs `name` with `arguments`, `input` on standard input (via a temporary file, so the
    /// test helper stays independent of the renderer under test).
    static func run(_ name: String, _ arguments: [String], input: String) throws -> (status: Int32, output: String, errors: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kg-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputFile = folder.appendingPathComponent("input"), outputFile = folder.appendingPathComponent("output")
        let errorFile = folder.appendingPathComponent("errors")
        try Data(input.utf8).write(to: inputFile)
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(name)!)
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: outputFile, encoding: .utf8), try String(contentsOf: errorFile, encoding: .utf8))
    }
}

/// Small graphs for export tests, including one whose every name tries to break a format.
enum ExportFixtures {
    /// Names with quotes, backslashes, line breaks, markup, entities, DOT and Turtle syntax,
    /// and non-ASCII text.
    static let hostileNames = [
        #"He said "no" \ <b>"#,
        "line one\nline two",
        "AT&T &amp; Sons",
        "Zoë Ünal – 東京",
        #"x"]; n1 -> n2 [URL="http://evil.example" image="/etc/passwd"#,
        #"ends in a backslash \"#,
        "a;b -> c {d} |e| ]",
        "'single' `tick` \"\"\" . @prefix",
    ]

    /// A graph of the hostile names: each a person who leads one hostile body, with hostile
    /// attributes and evidence, and takes part in an event whose date is the hostile name.
    /// The bodies' ids hold the hostile names too, as a hand-edited graph file's might.
    static func hostileGraph() throws -> Graph {
        var entities: [Entity] = []
        var relations: [Relation] = []
        for (index, name) in hostileNames.enumerated() {
            entities.append(Entity(id: "p\(index)", kind: .person, name: name, aliases: [name + " (alias)"],
                                   attributes: ["role": name, "odd key \"\(index)\"": name]))
            entities.append(Entity(id: "body \(index): " + name, kind: .body, name: "Body of " + name))
            entities.append(Entity(id: "e\(index)", kind: .event, name: "Event of " + name, attributes: ["date": name]))
            relations.append(Relation(subject: "p\(index)", predicate: .participatedIn, object: "e\(index)"))
            relations.append(Relation(subject: "p\(index)", predicate: .leads, object: "body \(index): " + name, attributes: ["role": name],
                                      confidence: 0.75, rule: "test-rule",
                                      evidence: [Evidence(doc: "doc-\(index)", start: 0, end: 10, text: "Evidence: " + name)]))
        }
        return try Graph(documents: hostileNames.indices.map { Document(id: "doc-\($0)", path: "doc-\($0).txt", title: "T") },
                         entities: entities, relations: relations)
    }

    /// The gold graph of the seed articles (Fixtures/seeds.gold.json).
    static func gold() throws -> Graph {
        let url = Bundle.module.url(forResource: "seeds.gold", withExtension: "json", subdirectory: "Fixtures")!
        return try GraphFile.load(url.path)
    }
}
