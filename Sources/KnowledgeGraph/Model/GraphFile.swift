import Foundation

/// Loads and saves whole graph files, choosing the format from the file name.
public enum GraphFile {
    /// Reads a graph from `path` (SCHEMA.md JSON). Errors name the file and the problem.
    public static func load(_ path: String) throws -> Graph {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                throw FileError(path: path, message: isFolder.boolValue ? "is a folder, not a graph file" : "cannot be read (permissions?)")
            }
            throw FileError(path: path, message: "no such file; write one with 'kg extract -o \(path)'")
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

    /// Writes `graph` to `path` as SCHEMA.md JSON, atomically.
    public static func save(_ graph: Graph, to path: String) throws {
        try AtomicFile.write(GraphJSON.encode(graph), to: path)
    }
}
