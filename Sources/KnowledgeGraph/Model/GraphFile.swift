import Foundation

/// Loads and saves whole graph files, choosing the format from the file name.
public enum GraphFile {
    /// Reads a graph from `path`: a binary snapshot when the name ends in `.kgraph`,
    /// SCHEMA.md JSON otherwise. Errors name the file and the problem.
    public static func load(_ path: String) throws -> Graph {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                throw FileError(path: path, message: isFolder.boolValue ? "is a folder, not a graph file" : "cannot be read (permissions?)")
            }
            throw FileError(path: path, message: "no such file; write one with 'kg extract -o \(path)'")
        }
        if GraphSnapshot.isSnapshotPath(path) {
            do {
                return try GraphSnapshot.decode(data)
            } catch let error as SnapshotError {
                throw FileError(path: path, message: error.description)
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FileError(path: path, message: "is not UTF-8 text; expected a JSON graph")
        }
        do {
            return try GraphJSON.decode(text)
        } catch let error as GraphDecodingError {
            throw FileError(path: path, message: error.description)
        }
    }

    /// Writes `graph` to `path` atomically: a binary snapshot when the name ends in
    /// `.kgraph`, SCHEMA.md JSON otherwise.
    public static func save(_ graph: Graph, to path: String) throws {
        if GraphSnapshot.isSnapshotPath(path) {
            try AtomicFile.write(GraphSnapshot.encode(graph), to: path)
        } else {
            try AtomicFile.write(GraphJSON.encode(graph), to: path)
        }
    }
}
