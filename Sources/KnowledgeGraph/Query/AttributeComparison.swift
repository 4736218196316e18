/// How `where` compares an attribute with a value.
///
/// Dates (`2015`, `2015-02`, `2015-02-04`) compare as ISO prefixes: both sides are cut to
/// the shorter precision first, so `2015-02 >= 2015` and `2015-02 = 2015` hold and
/// `2014-11 < 2015` holds. Numbers compare as numbers; other text compares ignoring case.
/// `~` is "contains", ignoring case.
public enum AttributeComparison {
    /// True when `actual comparison expected` holds.
    public static func holds(_ actual: String, _ comparison: Query.Comparison, _ expected: String) -> Bool {
        if comparison == .contains { return actual.lowercased().contains(expected.lowercased()) }
        let order = compare(actual, expected)
        switch comparison {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        case .contains: return false
        }
    }

    /// -1, 0 or 1, as dates, numbers or case-insensitive text.
    static func compare(_ left: String, _ right: String) -> Int {
        if isISODate(left), isISODate(right) {
            let precision = min(left.count, right.count)
            return sign(String(left.prefix(precision)), String(right.prefix(precision)))
        }
        if let a = Double(left), let b = Double(right) { return a < b ? -1 : a > b ? 1 : 0 }
        return sign(left.lowercased(), right.lowercased())
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func isISODate(_ text: String) -> Bool {
        let characters = Array(text)
        guard [4, 7, 10].contains(characters.count) else { return false }
        for (offset, character) in characters.enumerated() {
            let isSeparator = offset == 4 || offset == 7
            if isSeparator ? character != "-" : !("0"..."9").contains(character) { return false }
        }
        return true
    }

    private static func sign(_ left: String, _ right: String) -> Int {
        left < right ? -1 : left > right ? 1 : 0
    }
}
