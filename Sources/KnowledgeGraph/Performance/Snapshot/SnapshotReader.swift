/// Reads graph columns out of a snapshot payload written by `SnapshotWriter`, each column
/// straight into its array, checksumming the bytes as they pass. Every count is checked
/// against the bytes left, so a damaged payload becomes a `SnapshotError`, never an
/// out-of-bounds read or a huge allocation.
struct SnapshotReader<Source: SnapshotSource>: ColumnVisitor {
    private var source: Source
    private var remaining: Int
    /// The checksum of the payload read so far.
    private(set) var checksum = SnapshotChecksum()

    /// A reader of the next `length` bytes of `source` (the caller has checked they exist).
    init(source: Source, length: Int) {
        self.source = source
        remaining = length
    }

    /// True when every byte of the payload has been read.
    var isAtEnd: Bool { remaining == 0 }

    mutating func documents(_ column: inout [Document]) throws {
        var texts: [String] = []
        try strings(&texts)
        guard texts.count % 3 == 0 else { throw SnapshotError.corrupt("the document table is malformed") }
        column = stride(from: 0, to: texts.count, by: 3).map { Document(id: texts[$0], path: texts[$0 + 1], title: texts[$0 + 2]) }
    }

    mutating func strings(_ column: inout [String]) throws {
        var offsets: [Int] = []
        try int(&offsets)
        let blob: [UInt8] = try read()
        guard offsets.first == 0, offsets.last == blob.count, zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw SnapshotError.corrupt("the string table is malformed")
        }
        column = blob.withUnsafeBytes { bytes in
            (0..<offsets.count - 1).map { index in
                String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offsets[index]..<offsets[index + 1]]), as: UTF8.self)
            }
        }
    }

    mutating func int32(_ column: inout [Int32]) throws { column = try read() }
    mutating func uint8(_ column: inout [UInt8]) throws { column = try read() }
    mutating func int(_ column: inout [Int]) throws { column = try (read() as [Int64]).map { Int($0) } }
    mutating func double(_ column: inout [Double]) throws { column = try read() }

    /// Reads one column: its count, its elements and the padding to 8 bytes.
    private mutating func read<T>() throws -> [T] {
        var header: UInt64 = 0
        try withUnsafeMutableBytes(of: &header) { try consume($0, what: "a column header") }
        let count = UInt64(littleEndian: header)
        guard count <= UInt64(remaining / MemoryLayout<T>.stride) else {
            throw SnapshotError.corrupt("a column claims more entries than the file holds")
        }
        let column = try [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            try consume(UnsafeMutableRawBufferPointer(buffer), what: "a column")
            initialized = Int(count)
        }
        var padding: UInt64 = 0
        let size = Int(count) * MemoryLayout<T>.stride
        try withUnsafeMutableBytes(of: &padding) { try consume(UnsafeMutableRawBufferPointer(rebasing: $0[0..<(8 - size % 8) % 8]), what: "padding") }
        return column
    }

    private mutating func consume(_ buffer: UnsafeMutableRawBufferPointer, what: String) throws {
        guard buffer.count <= remaining else { throw SnapshotError.corrupt("\(what) runs past the end of the file") }
        try source.read(into: buffer)
        checksum.update(UnsafeRawBufferPointer(buffer))
        remaining -= buffer.count
    }
}
