import Foundation

/// One article read from disk: its document record and its full text.
public struct SourceText: Sendable {
    /// The document record (id from the file name, title from the first line).
    public var document: Document
    /// The text exactly as read from disk; offsets in the graph count its Unicode scalars.
    public var text: String

    /// Creates a source text.
    public init(document: Document, text: String) {
        self.document = document
        self.text = text
    }
}

/// A problem with one input path; the other paths are still read.
public struct InputProblem: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file or folder concerned.
    public let path: String
    /// What is wrong and what to do.
    public let message: String

    /// "PATH: message".
    public var description: String { "\(path): \(message)" }
}

/// Finds and reads the `.txt` articles under the given files and folders.
///
/// Folders are searched recursively and their files read in sorted order, so the result
/// does not depend on the file system's listing order. Bad inputs (missing, empty, binary,
/// not UTF-8, a folder with no `.txt`) become `InputProblem`s instead of stopping the run.
public enum CorpusReader {
    /// Reads every article under `paths`; returns what could be read and what could not.
    public static func read(_ paths: [String]) -> (sources: [SourceText], problems: [InputProblem]) {
        var sources: [SourceText] = []
        var problems: [InputProblem] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(InputProblem(path: path, message: "no such file or folder"))
                continue
            }
            let files = isFolder.boolValue ? textFiles(under: path) : [path]
            if isFolder.boolValue, files.isEmpty {
                problems.append(InputProblem(path: path, message: "folder holds no .txt files; give article files or a folder of them"))
            }
            for file in files {
                switch readArticle(file) {
                case .success(let source): sources.append(source)
                case .failure(let problem): problems.append(problem)
                }
            }
        }
        var seen: Set<String> = []
        sources = sources.filter { seen.insert($0.document.id).inserted }
        return (sources, problems)
    }

    /// The `.txt` files below `folder`, recursively, sorted by path.
    public static func textFiles(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.lowercased().hasSuffix(".txt") {
                files.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    /// Reads one article, checking that it is non-empty UTF-8 text.
    public static func readArticle(_ path: String) -> Result<SourceText, InputProblem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputProblem(path: path, message: "cannot be read (is it a folder, or unreadable?)"))
        }
        if data.contains(0) {
            return .failure(InputProblem(path: path, message: "looks binary (it holds NUL bytes); expected a plain-text article"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(InputProblem(path: path, message: "is not valid UTF-8; convert it, e.g. 'iconv -f latin1 -t utf-8'"))
        }
        if text.allSatisfy(\.isWhitespace) {
            return .failure(InputProblem(path: path, message: "is empty; nothing to extract"))
        }
        let name = (path as NSString).lastPathComponent
        let id = (name as NSString).deletingPathExtension
        let title = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? id
        return .success(SourceText(document: Document(id: id, path: path, title: title), text: text))
    }
}
