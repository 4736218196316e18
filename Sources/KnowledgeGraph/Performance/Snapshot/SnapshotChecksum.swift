/// A fast 64-bit checksum over a snapshot's payload (FNV-1a folded over 8-byte words, then
/// mixed), so a flipped or truncated byte is caught before the graph is used. It can be fed
/// in pieces as the payload streams in; it guards against damage, not against tampering.
struct SnapshotChecksum {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    private var length: UInt64 = 0
    private var carry: [UInt8] = []
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The checksum of `bytes` in one piece.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var checksum = SnapshotChecksum()
        checksum.update(bytes)
        return checksum.value
    }

    /// Adds the next piece of the payload.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        length += UInt64(bytes.count)
        var start = 0
        if !carry.isEmpty {
            start = min(bytes.count, 8 - carry.count)
            carry.append(contentsOf: bytes[0..<start])
            guard carry.count == 8 else { return }
            mix(carry.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
            carry = []
        }
        let words = (bytes.count - start) / 8
        for index in 0..<words { mix(bytes.loadUnaligned(fromByteOffset: start + index * 8, as: UInt64.self)) }
        carry.append(contentsOf: bytes[(start + words * 8)...])
    }

    /// The checksum of everything added so far.
    var value: UInt64 {
        var hash = self.hash
        for byte in carry { hash = (hash ^ UInt64(byte)) &* SnapshotChecksum.prime }
        return hash ^ (hash >> 32) ^ length
    }

    private mutating func mix(_ word: UInt64) {
        hash = (hash ^ word) &* SnapshotChecksum.prime
        hash ^= hash >> 29
    }
}
