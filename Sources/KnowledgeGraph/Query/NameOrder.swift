/// The order rows are sorted in: entity names compared byte by byte in UTF-8 with ASCII
/// letters folded to lower case, so "fresh start" sorts beside "Fresh Start" and sorting
/// allocates nothing.
enum NameOrder {
    /// -1, 0 or 1 as `left` sorts before, with or after `right`.
    static func compare(_ left: String, _ right: String) -> Int {
        var leftBytes = left.utf8.makeIterator(), rightBytes = right.utf8.makeIterator()
        while true {
            switch (leftBytes.next(), rightBytes.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (a?, b?):
                let x = lowered(a), y = lowered(b)
                if x != y { return x < y ? -1 : 1 }
            }
        }
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }
}
