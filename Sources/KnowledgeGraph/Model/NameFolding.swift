import Foundation

/// Folds names the way SCHEMA.md's evaluation does, so "Dr Okafor", "okafor" and
/// "Okafor's" all meet in one index key, and derives stable ids from names.
public enum NameFolding {
    /// Leading words dropped when folding: titles and articles.
    public static let titles: Set<String> = [
        "mr", "ms", "miss", "mrs", "dr", "sir", "professor", "prof", "coun", "cllr",
        "councillor", "lord", "baroness", "dame", "the", "a", "an",
    ]

    /// Lower-cases, strips accents and punctuation, drops a possessive 's and leading titles.
    public static func fold(_ text: String) -> String {
        let words = foldedWords(text)
        var start = 0
        while start < words.count, titles.contains(words[start]) { start += 1 }
        return words[start...].joined(separator: " ")
    }

    /// Like `fold` but keeps leading titles; used to build ids and compare surface forms.
    public static func foldedWords(_ text: String) -> [String] {
        // Plain ASCII (most names) folds to its lower case; Foundation's folding is ten times slower.
        let plain = text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased()
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let scalars = Array(plain.unicodeScalars)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let isApostrophe = scalar == "'" || scalar == "\u{2019}"
            let nextIsS = index + 1 < scalars.count && scalars[index + 1] == "s"
            let afterS = index + 2 < scalars.count ? scalars[index + 2] : " "
            if isApostrophe, nextIsS, !isWordScalar(afterS) {
                index += 2 // a possessive "'s" is dropped, as score.py does
                continue
            }
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
            index += 1
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// A lower-case, hyphenated id from a name: "Westshire: What Now?" → `westshire-what-now`.
    public static func slug(_ name: String) -> String {
        let slug = foldedWords(name).joined(separator: "-")
        return slug.isEmpty ? "entity" : slug
    }
}
