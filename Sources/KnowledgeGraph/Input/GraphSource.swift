import Foundation

/// Where a command's graph comes from: article paths to extract, a saved graph file, or
/// (by default) the bundled seed articles.
public enum GraphSource: Equatable, Sendable {
    /// Extract these files and folders.
    case articles([String])
    /// Load this saved graph.
    case file(String)

    /// Chooses the source from a command line's paths and `--graph` option: a graph file wins,
    /// then the paths, then `seeds/` found by `SeedLocator`.
    public static func from(paths: [String], graphFile: String?) throws -> GraphSource {
        if let graphFile {
            guard paths.isEmpty else { throw InputProblem(path: graphFile, message: "give either article paths or --graph, not both") }
            return .file(graphFile)
        }
        if !paths.isEmpty { return .articles(paths) }
        return .articles([try SeedLocator.seedsFolder()])
    }

    /// Loads the graph. Problems with single articles are passed to `report` and the rest
    /// is still extracted; if nothing at all could be read, the first problem is thrown.
    /// An unchanged set of articles is not extracted again (`ExtractionCache`).
    public func load(report: (InputProblem) -> Void = { _ in }) throws -> Graph {
        switch self {
        case .file(let path):
            return try GraphFile.load(path)
        case .articles(let paths):
            let (sources, problems) = CorpusReader.read(paths)
            problems.forEach(report)
            if sources.isEmpty {
                throw InputProblem(path: paths.joined(separator: " "), message: "no article could be read (see above); nothing extracted")
            }
            guard let cache = ExtractionCache.standard() else { return try Extractor().extract(sources) }
            return try cache.graph(for: sources) { try Extractor().extract(sources) }
        }
    }
}

/// Finds the bundled `seeds/` folder: in the current directory, or next to the package.
public enum SeedLocator {
    /// The seeds folder's path, or an `InputProblem` saying where it looked.
    public static func seedsFolder() throws -> String {
        let here = FileManager.default.currentDirectoryPath + "/seeds"
        let package = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds").path
        for candidate in ["seeds", package] {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), isFolder.boolValue {
                return candidate
            }
        }
        throw InputProblem(path: here, message: "no seeds/ folder here or next to the package; give article paths or --graph FILE")
    }
}
