/// Serialises graph columns into a snapshot payload: each column is its element count
/// followed by its raw little-endian elements, padded to 8 bytes so the reader can copy
/// whole columns at once.
struct SnapshotWriter: ColumnVisitor {
    /// The payload written so far.
    private(set) var bytes: [UInt8] = []

    mutating func documents(_ column: inout [Document]) throws {
        var texts = column.flatMap { [$0.id, $0.path, $0.title] }
        try strings(&texts)
    }

    mutating func strings(_ column: inout [String]) throws {
        var offsets: [Int] = [0]
        offsets.reserveCapacity(column.count + 1)
        var blob: [UInt8] = []
        for string in column {
            blob.append(contentsOf: string.utf8)
            offsets.append(blob.count)
        }
        try int(&offsets)
        try uint8(&blob)
    }

    mutating func int32(_ column: inout [Int32]) throws { append(column) }
    mutating func uint8(_ column: inout [UInt8]) throws { append(column) }
    mutating func int(_ column: inout [Int]) throws { append(column.map(Int64.init)) }
    mutating func double(_ column: inout [Double]) throws { append(column) }

    private mutating func append<T>(_ column: [T]) {
        var count = UInt64(column.count).littleEndian
        withUnsafeBytes(of: &count) { bytes.append(contentsOf: $0) }
        column.withUnsafeBytes { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: repeatElement(0, count: (8 - bytes.count % 8) % 8))
    }
}
