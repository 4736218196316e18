/// The answer to Tab: which characters of the line the word being completed occupies, and
/// what it could become.
public struct Completion: Equatable, Sendable {
    /// The character offsets of the word being completed (replaced by the chosen candidate).
    public var range: Range<Int>
    /// Every candidate, sorted, without duplicates.
    public var candidates: [String]

    /// Creates a completion.
    public init(range: Range<Int>, candidates: [String]) {
        self.range = range
        self.candidates = candidates
    }

    /// The longest prefix every candidate shares (compared exactly, character by character).
    public static func commonPrefix(of candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let characters = Array(candidate)
            var length = 0
            while length < min(prefix.count, characters.count), prefix[length] == characters[length] { length += 1 }
            prefix.removeSubrange(length...)
        }
        return String(prefix)
    }
}
