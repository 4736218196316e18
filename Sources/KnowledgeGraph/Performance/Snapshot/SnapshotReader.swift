/// Reads graph columns back out of a snapshot payload written by `SnapshotWriter`,
/// copying each column in one go. Every count is checked against the bytes left, so a
/// damaged payload becomes a `SnapshotError`, never an out-of-bounds read.
struct SnapshotReader: ColumnVisitor {
    private let payload: UnsafeRawBufferPointer
    private var offset = 0

    /// A reader over `payload`, which must outlive it.
    init(payload: UnsafeRawBufferPointer) { self.payload = payload }

    /// True when every byte of the payload has been read.
    var isAtEnd: Bool { offset == payload.count }

    mutating func documents(_ column: inout [Document]) throws {
        var texts: [String] = []
        try strings(&texts)
        guard texts.count % 3 == 0 else { throw SnapshotError.corrupt("the document table is malformed") }
        column = stride(from: 0, to: texts.count, by: 3).map { Document(id: texts[$0], path: texts[$0 + 1], title: texts[$0 + 2]) }
    }

    mutating func strings(_ column: inout [String]) throws {
        var offsets: [Int] = []
        try int(&offsets)
        let blobCount = try count(of: UInt8.self)
        let blob = UnsafeRawBufferPointer(rebasing: payload[offset..<offset + blobCount])
        guard offsets.first == 0, offsets.last == blobCount, zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw SnapshotError.corrupt("the string table is malformed")
        }
        column = (0..<offsets.count - 1).map { index in
            String(decoding: UnsafeRawBufferPointer(rebasing: blob[offsets[index]..<offsets[index + 1]]), as: UTF8.self)
        }
        skip(blobCount)
    }

    mutating func int32(_ column: inout [Int32]) throws { column = try read() }
    mutating func uint8(_ column: inout [UInt8]) throws { column = try read() }
    mutating func int(_ column: inout [Int]) throws { column = try (read() as [Int64]).map { Int($0) } }
    mutating func double(_ column: inout [Double]) throws { column = try read() }

    /// Reads a column's element count and checks that that many elements remain.
    private mutating func count<T>(of type: T.Type) throws -> Int {
        guard offset + 8 <= payload.count else { throw SnapshotError.corrupt("a column header is missing") }
        let count = UInt64(littleEndian: payload.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
        guard count <= UInt64((payload.count - offset) / MemoryLayout<T>.stride) else {
            throw SnapshotError.corrupt("a column claims more entries than the file holds")
        }
        return Int(count)
    }

    private mutating func read<T>() throws -> [T] {
        let count = try count(of: T.self)
        let size = count * MemoryLayout<T>.stride
        let column = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: payload[offset..<offset + size]))
            initialized = count
        }
        skip(size)
        return column
    }

    private mutating func skip(_ size: Int) {
        offset = min(payload.count, offset + size + (8 - size % 8) % 8)
    }
}
