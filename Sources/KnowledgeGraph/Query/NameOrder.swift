/// The order rows are sorted in: entity names compared byte by byte in UTF-8 with ASCII
/// letters folded to lower case, so "fresh start" sorts beside "Fresh Start" and sorting
/// allocates nothing.
enum NameOrder {
    /// -1, 0 or 1 as `left` sorts before, with or after `right`.
    static func compare(_ left: String, _ right: String) -> Int {
        var left = left, right = right
        return left.withUTF8 { a in
            right.withUTF8 { b in
                for index in 0..<min(a.count, b.count) {
                    let x = lowered(a[index]), y = lowered(b[index])
                    if x != y { return x < y ? -1 : 1 }
                }
                return a.count == b.count ? 0 : a.count < b.count ? -1 : 1
            }
        }
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }
}
