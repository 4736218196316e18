import Foundation

/// The binary snapshot format (`.kgraph`): a graph's columns written as they sit in memory,
/// so loading a million relations is a few large copies instead of parsing JSON.
///
/// Layout (little-endian): a 32-byte header — the magic bytes `\u{89}KGRAPH\n`, the format
/// version (UInt32), a reserved UInt32, the payload length (UInt64) and the payload's
/// checksum (UInt64) — then the payload: the document table, the string table and every
/// column of `GraphColumns` (entities, relations, adjacency and name indexes) in the order of
/// `GraphColumns.visit`, each as a count followed by raw elements padded to 8 bytes.
public enum GraphSnapshot {
    /// The format version this build writes and the newest it reads.
    public static let version: UInt32 = 1
    /// The file name extension that selects this format.
    public static let fileExtension = "kgraph"
    private static let magic: [UInt8] = [0x89, 0x4B, 0x47, 0x52, 0x41, 0x50, 0x48, 0x0A]
    private static let headerSize = 32

    /// The snapshot bytes of `graph`.
    public static func encode(_ graph: Graph) -> Data {
        var columns = graph.columns
        var writer = SnapshotWriter()
        try! columns.visit(&writer) // the writer never throws
        var header = magic
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { header.append(contentsOf: $0) } }
        append(version)
        append(UInt32(0))
        append(UInt64(writer.bytes.count))
        append(writer.bytes.withUnsafeBytes(SnapshotChecksum.of))
        return Data(header + writer.bytes)
    }

    /// Reads a graph from snapshot bytes, checking the header, the length, the checksum and
    /// the consistency of every index.
    public static func decode(_ data: Data) throws -> Graph {
        try data.withUnsafeBytes { bytes in
            guard bytes.count >= magic.count, bytes.prefix(magic.count).elementsEqual(magic) else {
                let looksLikeJSON = bytes.first.map { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: " ") } ?? false
                throw SnapshotError.notASnapshot(looksLikeJSON: looksLikeJSON)
            }
            guard bytes.count >= headerSize else { throw SnapshotError.truncated(expected: headerSize, found: bytes.count) }
            let fileVersion = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
            guard fileVersion <= version else { throw SnapshotError.newerVersion(fileVersion) }
            let length = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
            let checksum = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
            guard length <= UInt64(bytes.count - headerSize) else {
                throw SnapshotError.truncated(expected: headerSize + Int(clamping: length), found: bytes.count)
            }
            guard length == UInt64(bytes.count - headerSize) else { throw SnapshotError.corrupt("there are bytes after the end of the graph") }
            let payload = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
            guard SnapshotChecksum.of(payload) == checksum else { throw SnapshotError.corrupt("the checksum does not match") }
            var reader = SnapshotReader(payload: payload)
            var columns = GraphColumns()
            try columns.visit(&reader)
            guard reader.isAtEnd else { throw SnapshotError.corrupt("there are bytes after the last column") }
            if let problem = columns.inconsistency() { throw SnapshotError.corrupt(problem) }
            return Graph(columns: columns)
        }
    }

    /// True when `path` names a snapshot file by its extension.
    public static func isSnapshotPath(_ path: String) -> Bool {
        (path as NSString).pathExtension.lowercased() == fileExtension
    }
}

/// A snapshot file that cannot be used, with what to do about it.
public enum SnapshotError: Error, Equatable, CustomStringConvertible {
    /// The file does not start with the snapshot magic bytes.
    case notASnapshot(looksLikeJSON: Bool)
    /// The file ends before the header says it should.
    case truncated(expected: Int, found: Int)
    /// The file was written by a newer kg with a format this build does not know.
    case newerVersion(UInt32)
    /// The bytes are damaged: a checksum mismatch or an inconsistent index.
    case corrupt(String)

    /// A message for the user.
    public var description: String {
        switch self {
        case .notASnapshot(let looksLikeJSON):
            return "is not a kg snapshot" + (looksLikeJSON ? "; it looks like JSON, so name it .json" : "; write one with 'kg extract -o FILE.kgraph'")
        case .truncated(let expected, let found):
            return "is truncated (\(found) bytes, expected \(expected)); re-create it with 'kg extract -o' or 'kg import -o'"
        case .newerVersion(let found):
            return "was written by a newer kg (snapshot format \(found); this kg reads up to \(GraphSnapshot.version)); upgrade kg or re-create the file"
        case .corrupt(let problem):
            return "is corrupt (\(problem)); re-create it with 'kg extract -o' or 'kg import -o'"
        }
    }
}
