import Foundation

/// Draws ranks 0..<count with probability proportional to 1 / (rank + 1)^exponent, so a few
/// ranks (hubs) are drawn very often and most rarely, as in real citation or news graphs.
struct ZipfSampler: Sendable {
    private let cumulative: [Double]

    /// A sampler over `count` ranks (count ≥ 1).
    init(count: Int, exponent: Double) {
        var total = 0.0
        cumulative = (1...count).map { rank in
            total += 1 / pow(Double(rank), exponent)
            return total
        }
    }

    /// A rank, by inverting the cumulative distribution with a binary search.
    func next(using random: inout SeededRandom) -> Int {
        let target = Double.random(in: 0..<cumulative[cumulative.count - 1], using: &random)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
