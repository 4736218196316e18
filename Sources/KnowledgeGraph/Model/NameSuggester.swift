/// Finds the names closest to a misspelt one, for "did you mean …?" messages in queries,
/// exports and the REPL.
public enum NameSuggester {
    /// Up to `limit` candidates whose folded form is within a small edit distance of `name`'s,
    /// closest first, ties broken alphabetically.
    public static func suggestions(for name: String, among candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(NameFolding.fold(name).lowercased())
        guard !target.isEmpty else { return [] }
        let budget = max(2, target.count / 3)
        var scored: [(Int, String)] = []
        var seen: Set<String> = []
        for candidate in candidates where seen.insert(candidate).inserted {
            let folded = Array(NameFolding.fold(candidate))
            var distance = editDistance(target, folded, bound: budget)
            // A word of the candidate that matches closely ("Okafer" ~ "Amara Okafor") also counts.
            for word in NameFolding.fold(candidate).split(separator: " ") where word.count >= 3 {
                distance = min(distance, editDistance(target, Array(word), bound: budget))
            }
            if distance <= budget { scored.append((distance, candidate)) }
        }
        scored.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return scored.prefix(limit).map(\.1)
    }

    /// Levenshtein distance, giving up (returning `bound + 1`) once it must exceed `bound`.
    public static func editDistance<T: Equatable>(_ a: [T], _ b: [T], bound: Int = .max) -> Int {
        if abs(a.count - b.count) > bound { return bound == .max ? bound : bound + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > bound { return bound + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
