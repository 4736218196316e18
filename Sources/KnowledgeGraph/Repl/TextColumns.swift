/// Lines up rows of cells in columns separated by two spaces, the way `:stats`, `:schema`
/// and `:entities` print; the last cell of a row is never padded, so no line ends in blanks.
enum TextColumns {
    /// The rows as aligned lines.
    static func align(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }
    }
}
