import Foundation

/// Keeps the graph extracted from a set of articles as a binary snapshot, so that running
/// `kg query` again on an unchanged corpus loads the graph instead of re-extracting it.
///
/// The key is a hash of every article's path, id and full text, and of the `kg` executable
/// and resource files (size and modification time), so an edited article, an added or
/// removed file, or a rebuilt kg never gets an old graph. A damaged cache entry is removed
/// and the articles extracted again. The cache lives in `$XDG_CACHE_HOME/kg` (or
/// `~/.cache/kg`); `KG_CACHE=off` turns it off. Failing to write it never fails a command.
public struct ExtractionCache: Sendable {
    /// The environment variable that turns the cache off when set to `off`.
    public static let switchVariable = "KG_CACHE"
    /// How many entries are kept; the least recently written are removed beyond this.
    public static let capacity = 32

    /// The folder holding the entries.
    public let folder: String

    /// A cache in `folder` (created when first written).
    public init(folder: String) { self.folder = folder }

    /// The user's cache, or nil when `KG_CACHE=off` or there is no home folder.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ExtractionCache? {
        if environment[switchVariable]?.lowercased() == "off" { return nil }
        if let base = environment["XDG_CACHE_HOME"], !base.isEmpty { return ExtractionCache(folder: base + "/kg") }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return ExtractionCache(folder: home + "/.cache/kg")
    }

    /// The graph of `sources`: read from the cache when an entry for exactly these articles
    /// (and this build of kg) exists, otherwise made by `extract` and stored.
    public func graph(for sources: [SourceText], extract: () throws -> Graph) rethrows -> Graph {
        let path = "\(folder)/\(key(for: sources)).\(GraphSnapshot.fileExtension)"
        if FileManager.default.fileExists(atPath: path) {
            if let graph = try? GraphFile.load(path) { return graph }
            try? FileManager.default.removeItem(atPath: path)
        }
        let graph = try extract()
        if (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
           (try? GraphFile.save(graph, to: path)) != nil {
            evictOldEntries()
        }
        return graph
    }

    /// The hex key of `sources` under this build of kg.
    public func key(for sources: [SourceText]) -> String {
        var bytes = Array(ExtractionCache.buildFingerprint.utf8)
        for source in sources {
            for field in [source.document.id, source.document.path, source.document.title, source.text] {
                bytes.append(contentsOf: field.utf8)
                bytes.append(0)
            }
        }
        let hash = bytes.withUnsafeBytes(SnapshotChecksum.of)
        let second = (bytes.reversed() as [UInt8]).withUnsafeBytes(SnapshotChecksum.of)
        return String(hash, radix: 16) + String(second, radix: 16)
    }

    /// Size and modification time of the executable and of every bundled resource file:
    /// a rebuilt kg or an edited lexicon invalidates every entry.
    static let buildFingerprint: String = {
        var parts: [String] = []
        var files = [Bundle.main.executablePath].compactMap { $0 }
        if let resources = Bundle.module.resourceURL?.path, let enumerator = FileManager.default.enumerator(atPath: resources) {
            while let relative = enumerator.nextObject() as? String { files.append(resources + "/" + relative) }
        }
        for file in files.sorted() {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else { continue }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            parts.append("\(file):\(attributes[.size] as? Int ?? 0):\(modified)")
        }
        return parts.joined(separator: "\n")
    }()

    private func evictOldEntries() {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return }
        let entries = names.filter { $0.hasSuffix("." + GraphSnapshot.fileExtension) }.map { folder + "/" + $0 }
        guard entries.count > ExtractionCache.capacity else { return }
        let byAge = entries.sorted {
            let first = (try? manager.attributesOfItem(atPath: $0)[.modificationDate] as? Date) ?? .distantPast
            let second = (try? manager.attributesOfItem(atPath: $1)[.modificationDate] as? Date) ?? .distantPast
            return first < second
        }
        for entry in byAge.prefix(entries.count - ExtractionCache.capacity) { try? manager.removeItem(atPath: entry) }
    }
}
