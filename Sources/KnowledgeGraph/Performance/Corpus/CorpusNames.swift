import Foundation

/// The generic name lists `kg generate corpus` invents people and places from
/// (Resources/corpus/: common first names, surnames, town-name syllables, organisation words).
struct CorpusNames: Sendable {
    /// Common first names; also used to spot a person's full name in a seed sentence.
    let firstNames: [String]
    let surnames: [String]
    let placeBeginnings: [String]
    let placeEndings: [String]
    /// Words that end an organisation's name ("Council").
    let bodyHeads: Set<String>
    /// Ordinary words inside an organisation's name, never taken for its town ("National").
    let bodyModifiers: Set<String>

    /// Loads the lists from the bundle.
    init() throws {
        firstNames = try CorpusNames.sections("first-names")[0]
        surnames = try CorpusNames.sections("last-names")[0]
        let places = try CorpusNames.sections("place-parts")
        let body = try CorpusNames.sections("body-words")
        guard places.count == 2, body.count == 2 else { throw GeneratorError("Resources/corpus lists are malformed; reinstall kg") }
        placeBeginnings = places[0]
        placeEndings = places[1]
        bodyHeads = Set(body[0])
        bodyModifiers = Set(body[1])
    }

    /// How many different people and places can be made.
    var personCount: Int { firstNames.count * surnames.count }
    var placeCount: Int { placeBeginnings.count * placeEndings.count }

    /// Person number `index` (0..<personCount): a first name and a surname, spread so that
    /// consecutive numbers do not share a first name.
    func person(_ index: Int) -> (first: String, last: String) {
        let mixed = (index &* 7919) % personCount
        return (firstNames[mixed % firstNames.count], surnames[mixed / firstNames.count])
    }

    /// Place number `index` (0..<placeCount): a beginning and an ending ("Ashford").
    func place(_ index: Int) -> String {
        let mixed = (index &* 7919) % placeCount
        return placeBeginnings[mixed % placeBeginnings.count] + placeEndings[mixed / placeBeginnings.count]
    }

    /// The non-comment lines of `Resources/corpus/NAME.txt`, in blocks separated by blank lines.
    private static func sections(_ name: String) throws -> [[String]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources/corpus"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw GeneratorError("the name list Resources/corpus/\(name).txt is missing; reinstall kg")
        }
        var blocks: [[String]] = [[]]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) })
        where !line.hasPrefix("#") {
            if line.isEmpty {
                if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
            } else {
                blocks[blocks.count - 1].append(line)
            }
        }
        return blocks.filter { !$0.isEmpty }
    }
}
