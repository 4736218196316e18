/// Puts result rows in their stable order: shorter rows first (paths), then column by column
/// by entity name — UTF-8 bytes with ASCII letters folded to lower case, so "fresh start"
/// sorts beside "Fresh Start" — then by entity position, then by the relations used.
///
/// The names are copied once into one byte buffer, so comparisons touch no strings and
/// retain nothing; sorting stays cheap on the evaluator's hot path.
struct RowSorter {
    private var bytes: [UInt8] = []
    private var nameBounds: [Range<Int>] = []
    private var positions: [Int] = []
    private var rowStarts = [0]

    /// `rows` (results over `graph`) in order.
    static func sorted(_ rows: [QueryRow], graph: Graph) -> [QueryRow] {
        rows.count < 2 ? rows : RowSorter(rows, graph: graph).sorted(rows)
    }

    private init(_ rows: [QueryRow], graph: Graph) {
        for row in rows {
            for value in row.values {
                let start = bytes.count
                bytes.append(contentsOf: graph.name(of: value).utf8.lazy.map { (65...90).contains($0) ? $0 + 32 : $0 })
                nameBounds.append(start..<bytes.count)
                positions.append(value)
            }
            rowStarts.append(positions.count)
        }
    }

    private func sorted(_ rows: [QueryRow]) -> [QueryRow] {
        rows.indices.sorted { precedes($0, $1, rows) }.map { rows[$0] }
    }

    private func precedes(_ a: Int, _ b: Int, _ rows: [QueryRow]) -> Bool {
        let width = rowStarts[a + 1] - rowStarts[a], otherWidth = rowStarts[b + 1] - rowStarts[b]
        if width != otherWidth { return width < otherWidth }
        for column in 0..<width {
            let x = rowStarts[a] + column, y = rowStarts[b] + column
            guard positions[x] != positions[y] else { continue }
            let byName = compareNames(nameBounds[x], nameBounds[y])
            return byName != 0 ? byName < 0 : positions[x] < positions[y]
        }
        return rows[a].edges.lexicographicallyPrecedes(rows[b].edges)
    }

    private func compareNames(_ left: Range<Int>, _ right: Range<Int>) -> Int {
        var x = left.lowerBound, y = right.lowerBound
        while x < left.upperBound, y < right.upperBound {
            if bytes[x] != bytes[y] { return bytes[x] < bytes[y] ? -1 : 1 }
            x += 1
            y += 1
        }
        return left.count == right.count ? 0 : left.count < right.count ? -1 : 1
    }
}
