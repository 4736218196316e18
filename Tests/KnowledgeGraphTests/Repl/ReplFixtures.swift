import Foundation
@testable import KnowledgeGraph

/// Graphs and folders the REPL tests share.
enum ReplFixtures {
    /// The hand-made gold graph of the seed articles.
    static func goldGraph() throws -> Graph {
        try GraphFile.load(path("seeds.gold.json"))
    }

    /// The path of a file under Tests/KnowledgeGraphTests/Fixtures.
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
    }

    /// A new empty folder in the temporary directory.
    static func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "kg-repl-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
