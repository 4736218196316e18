import Foundation

/// The linguistic knowledge the extractor uses, loaded once from the data files in
/// `Resources/` (honorifics, first names, role words, organisation suffixes, UK public
/// bodies, places, cue phrases per rule, boilerplate lines).
///
/// All word lists are lower case so lookups are a single `Set` probe per token.
public struct Lexicon: Sendable {
    /// A public body from the gazetteer with its other names.
    public struct KnownBody: Sendable {
        /// The canonical name ("Independent Police Complaints Commission").
        public var name: String
        /// Other names ("IPCC").
        public var aliases: [String]
        /// True for newspapers and broadcasters, the objects of `spoke_to`.
        public var isMedia: Bool
        /// True for inspectorates, who give ratings.
        public var isInspectorate: Bool
    }

    /// A role phrase ("chief executive") and whether it leads or is a member of its body.
    public struct Role: Sendable {
        /// The role phrase, lower case, split into words.
        public var words: [String]
        /// True for `leads` roles, false for `member_of` roles.
        public var leads: Bool
    }

    /// Titles that introduce a person ("mr", "cllr").
    public let honorifics: Set<String>
    /// Words whose full stop does not end a sentence ("dr", "prof").
    public let abbreviations: Set<String>
    /// Boilerplate line starts ("have your say").
    public let boilerplate: [String]
    /// Month names and abbreviations to month numbers.
    public let months: [String: Int]
    /// Function words that never begin or end a name.
    public let stopwords: Set<String>
    /// Last words that make a name an organisation.
    public let bodySuffixes: Set<String>
    /// Last words of newspaper and broadcaster names ("Echo", "Gazette").
    public let mediaSuffixes: Set<String>
    /// Words of local-authority names after the place ("metropolitan", "borough", "council").
    public let councilSuffixes: Set<String>
    /// Given names.
    public let firstNames: Set<String>
    /// Last words of school names ("school", "academy", "primary").
    public let schoolWords: Set<String>
    /// Last words of body names that "the <word>" refers back with ("the trust", "the board").
    public let bodyReferenceHeads: Set<String>
    /// Final words that name one school either way ("school", "academy").
    public let interchangeableSchoolWords: Set<String>
    /// Place names, folded, mapped to their spelling.
    public let places: [String: String]
    /// Longest place name in words.
    public let longestPlace: Int
    /// Known bodies by folded name or alias.
    public let bodies: [String: KnownBody]
    /// Longest known body name in words.
    public let longestBody: Int
    /// Lower-case words that name a body on their own ("commissioners"), to its name.
    public let collectiveBodies: [String: String]
    /// Role phrases, longest first.
    public let roles: [Role]
    /// Cue phrases per rule key, each phrase split into lower-case words.
    public let cues: [String: [[String]]]

    /// The lexicon bundled with kg, loaded once.
    public static let bundled: Result<Lexicon, ExtractionError> = {
        do throws(ExtractionError) { return .success(try Lexicon(bundle: .module)) } catch { return .failure(error) }
    }()

    /// Loads every resource file from `bundle`'s `Resources` folder.
    public init(bundle: Bundle) throws(ExtractionError) {
        func lines(_ name: String) throws(ExtractionError) -> [String] {
            guard let url = bundle.url(forResource: name, withExtension: "txt", subdirectory: "Resources")
                    ?? bundle.url(forResource: name, withExtension: "txt"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ExtractionError(message: "missing resource \(name).txt; reinstall kg or rebuild the package")
            }
            return text.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        func words(_ name: String) throws(ExtractionError) -> Set<String> {
            Set(try lines(name).flatMap { $0.split(separator: " ").map { $0.lowercased() } })
        }
        honorifics = try words("honorifics")
        abbreviations = try words("abbreviations")
        boilerplate = try lines("boilerplate").map { $0.lowercased() }
        stopwords = try words("stopwords")
        bodySuffixes = try words("body-suffixes")
        councilSuffixes = try words("council-suffixes")
        mediaSuffixes = try words("media-suffixes")
        firstNames = try words("first-names")
        bodyReferenceHeads = try words("body-references")
        let schoolLines = try lines("school-words")
        interchangeableSchoolWords = Set(schoolLines.filter { $0.hasPrefix("same:") }
            .flatMap { $0.dropFirst(5).split(separator: " ").map { $0.lowercased() } })
        schoolWords = Set(schoolLines.flatMap { $0.split(separator: " ").map { $0.lowercased() } }).subtracting(["same:"])
        var months: [String: Int] = [:]
        for line in try lines("months") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let number = Int(parts[1]) { months[String(parts[0])] = number }
        }
        self.months = months
        var places: [String: String] = [:]
        for line in try lines("places") { places[NameFolding.fold(line)] = line }
        self.places = places
        longestPlace = places.keys.map { $0.split(separator: " ").count }.max() ?? 1
        var bodies: [String: KnownBody] = [:]
        for line in try lines("public-bodies") {
            let isMedia = line.hasSuffix("@media"), isInspectorate = line.hasSuffix("@inspectorate")
            let names = line.replacingOccurrences(of: "@media", with: "").replacingOccurrences(of: "@inspectorate", with: "")
                .split(separator: "|").map(String.init)
            let body = KnownBody(name: names[0], aliases: Array(names.dropFirst()), isMedia: isMedia, isInspectorate: isInspectorate)
            for name in names { bodies[NameFolding.fold(name)] = body }
        }
        self.bodies = bodies
        longestBody = bodies.keys.map { $0.split(separator: " ").count }.max() ?? 1
        var collective: [String: String] = [:]
        for line in try lines("collective-bodies") {
            let parts = line.split(separator: "|").map(String.init)
            if parts.count == 2 { collective[parts[0]] = parts[1] }
        }
        collectiveBodies = collective
        roles = try lines("roles").compactMap { line -> Role? in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            let words = parts[1].split(separator: " ").map { String($0) }
            return Role(words: words, leads: parts[0] == "leads")
        }.sorted { $0.words.count > $1.words.count }
        var cues: [String: [[String]]] = [:]
        for line in try lines("cues") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let body = parts[1].trimmingCharacters(in: .whitespaces)
            let phrases = body.contains("|") ? body.split(separator: "|") : body.split(separator: " ")
            cues[String(parts[0]), default: []] += phrases.map { $0.split(separator: " ").map(String.init) }
        }
        self.cues = cues
    }

    /// The cue phrases of a rule key; empty when the key is unknown.
    public func cues(_ key: String) -> [[String]] { cues[key] ?? [] }
}

/// Why extraction could not run (a missing or unreadable resource).
public struct ExtractionError: Error, CustomStringConvertible, Sendable {
    /// What went wrong and what to do.
    public let message: String
    /// The message.
    public var description: String { message }
}

extension Lexicon {
    /// The same key as `NameFolding.fold`, computed without Foundation for plain ASCII text
    /// (the common case in the extractor's hot loops); other text falls back to `fold`.
    public static func key(_ text: String) -> String {
        var utf8 = Array(text.utf8)
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return NameFolding.fold(text) }
        var words: [String] = []
        var current: [UInt8] = []
        var index = 0
        while index < utf8.count {
            var byte = utf8[index]
            if byte >= 65 && byte <= 90 { byte += 32; utf8[index] = byte }
            let isWord = (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
            if byte == 39, index + 1 < utf8.count, utf8[index + 1] | 0x20 == 115,
               index + 2 >= utf8.count || !isWordByte(utf8[index + 2]) {
                index += 2
                continue
            }
            if isWord {
                current.append(byte)
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            index += 1
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        var start = 0
        while start < words.count, NameFolding.titles.contains(words[start]) { start += 1 }
        return words[start...].joined(separator: " ")
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 97 && lower <= 122) || (byte >= 48 && byte <= 57)
    }
}
