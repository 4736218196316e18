import Foundation

/// The lines entered at the prompt, oldest first, and their file (`~/.kg_history`).
///
/// Empty lines and a line equal to the one before are not added; only the newest
/// `capacity` entries are kept. The file holds one entry per line, with a newline inside a
/// multi-line entry written as `\n` and a backslash as `\\`. Saving re-reads the file and
/// adds this session's entries to it, so two sessions open at once do not erase each
/// other's lines, and writes it atomically.
public struct History: Equatable, Sendable {
    /// The entries, oldest first.
    public private(set) var entries: [String] = []
    /// The most entries kept.
    public let capacity: Int

    /// The number of entries kept unless told otherwise.
    public static let defaultCapacity = 1000

    /// A history holding `entries` (cut to the newest `capacity`).
    public init(entries: [String] = [], capacity: Int = History.defaultCapacity) {
        self.capacity = max(1, capacity)
        entries.forEach { add($0) }
    }

    /// Adds a line (without its surrounding blanks) unless it is blank or repeats the newest
    /// entry; drops the oldest past capacity.
    public mutating func add(_ line: String) {
        let entry = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !entry.isEmpty, entry != entries.last else { return }
        entries.append(entry)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }

    /// The history file to use: `KG_HISTORY` when set (nil, history off, when it is set but
    /// empty), else `.kg_history` in `HOME`; nil when there is no home either.
    public static func location(environment: [String: String]) -> String? {
        if let named = environment["KG_HISTORY"] { return named.isEmpty ? nil : named }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".kg_history")
    }

    /// Reads the history file; a missing file is an empty history.
    public static func load(from path: String, capacity: Int = History.defaultCapacity) throws -> History {
        guard FileManager.default.fileExists(atPath: path) else { return History(capacity: capacity) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw FileError(path: path, message: "cannot be read as a UTF-8 history file; move it away or set KG_HISTORY to another file")
        }
        let entries = text.split(separator: "\n", omittingEmptySubsequences: true).map { decode(String($0)) }
        return History(entries: entries, capacity: capacity)
    }

    /// Adds `newEntries` to what the file holds now and writes it back atomically.
    public static func append(_ newEntries: [String], to path: String, capacity: Int = History.defaultCapacity) throws {
        var history = try load(from: path, capacity: capacity)
        newEntries.forEach { history.add($0) }
        try AtomicFile.write(history.entries.map(encode).joined(separator: "\n") + "\n", to: path)
    }

    private static func encode(_ entry: String) -> String {
        entry.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    private static func decode(_ line: String) -> String {
        var result = ""
        var escaped = false
        for character in line {
            if escaped {
                result.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
