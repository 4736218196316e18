/// A fast 64-bit checksum over a snapshot's payload (FNV-1a folded over 8-byte words,
/// then mixed), so a flipped or truncated byte is caught before the graph is used.
/// It guards against damage, not against tampering.
enum SnapshotChecksum {
    /// The checksum of `bytes`.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        let words = bytes.count / 8
        for index in 0..<words {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* prime
            hash ^= hash >> 29
        }
        for index in words * 8..<bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* prime
        }
        return hash ^ (hash >> 32) ^ UInt64(bytes.count)
    }
}
