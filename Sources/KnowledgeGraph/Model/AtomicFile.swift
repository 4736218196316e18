import Foundation

/// Writes files so that a reader never sees half of one: the data goes to a temporary file
/// in the same folder, which is then renamed over the destination.
public enum AtomicFile {
    /// Writes `data` to `path` atomically. Throws `FileError` naming the path when the folder
    /// is missing, the path is a folder, or the disk refuses.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw FileError(path: path, message: "is a folder; give a file name to write to")
        }
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw FileError(path: path, message: "the folder '\(folder)' does not exist; create it first")
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw FileError(path: path, message: "cannot be written: \(reason)")
            }
        } catch let error as FileError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw FileError(path: path, message: "cannot be written: \(error.localizedDescription)")
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}

/// A file that cannot be read or written, with the path and what to do.
public struct FileError: Error, Equatable, CustomStringConvertible {
    /// The file concerned.
    public let path: String
    /// What is wrong.
    public let message: String

    /// Creates an error about `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// "PATH: message".
    public var description: String { "\(path): \(message)" }
}
