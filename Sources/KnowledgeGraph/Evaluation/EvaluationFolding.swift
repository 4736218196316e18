import Foundation

/// The name folding of SCHEMA.md's Evaluation section, exactly as `gold/score.py` does it,
/// so `kg eval` and `score.py` agree to the digit.
///
/// It differs from `NameFolding.fold` in small ways on purpose (a possessive is dropped only
/// before a space; "councillor", "lord", "dame" are titles), because the scorer is the contract.
enum EvaluationFolding {
    private static let titles: Set<String> = [
        "mr", "ms", "miss", "mrs", "dr", "sir", "professor", "prof", "coun", "cllr",
        "councillor", "lord", "baroness", "dame", "the", "a", "an",
    ]

    /// NFKD, strip combining marks (as `unicodedata.combining`), lower-case, drop "'s ", keep [a-z0-9], drop leading titles.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.canonicalCombiningClass.rawValue == 0 {
            scalars.append(scalar)
        }
        let lowered = String(scalars).lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "'s ", with: " ")
        var words: [String] = []
        var current = ""
        for scalar in lowered.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var start = 0
        while start < words.count, titles.contains(words[start]) { start += 1 }
        return words[start...].joined(separator: " ")
    }
}
