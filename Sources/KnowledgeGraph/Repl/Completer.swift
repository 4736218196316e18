import Foundation

/// Answers Tab: what the word at the cursor could become, given where it stands.
///
/// At the start of a line `:` words complete to commands; after a command, its arguments
/// (`:show` and `:entities` to entity names, `:format` to its choices, `:load` to paths).
/// In a query, the word after an opening arrow (`->`, `<-`) or `|` completes to predicates,
/// the word after a `:` in a node term to kinds, a word where a node goes (at the start,
/// after a closing arrow, a comma, `..` or `path`) to entity names and aliases (quoted when
/// they are not a single plain word) and keywords, and a word after a node to keywords.
public struct Completer: Sendable {
    private let names: [String]
    private let fileSystem: FileSystemCompleter

    /// A completer for `graph`'s names; paths are completed relative to `directory`.
    public init(graph: Graph, directory: String = FileManager.default.currentDirectoryPath) {
        names = Array(Set(graph.allNames)).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
        fileSystem = FileSystemCompleter(directory: directory)
    }

    /// The completion for the word ending at `cursor` (a character offset into `line`).
    public func complete(_ line: String, cursor: Int) -> Completion {
        let characters = Array(line.prefix(cursor))
        let text = String(characters)
        if text.hasPrefix(":") { return completeCommandLine(characters) }
        return completeQuery(characters)
    }

    // MARK: commands

    private func completeCommandLine(_ characters: [Character]) -> Completion {
        guard let firstSpace = characters.firstIndex(where: \.isWhitespace) else {
            let typed = String(characters)
            return Completion(range: 0..<characters.count,
                              candidates: SessionCommand.all.map { ":" + $0.name }.filter { $0.hasPrefix(typed) }.sorted())
        }
        guard let command = SessionCommand.named(String(characters[..<firstSpace])) else {
            return Completion(range: characters.count..<characters.count, candidates: [])
        }
        let words = argumentWords(characters, from: firstSpace)
        let position = min(words.count - 1, command.arguments.count - 1)
        guard position >= 0, let last = words.last else { return Completion(range: characters.count..<characters.count, candidates: []) }
        let argument = command.arguments[position]
        if argument == .entityName {
            let start = words[position].lowerBound
            return completeName(String(characters[start...]), at: start, quoteWhenNeeded: false)
        }
        let typed = String(characters[last])
        let candidates: [String]
        switch argument {
        case .command: candidates = SessionCommand.all.map(\.name).filter { $0.hasPrefix(typed) }
        case .kind: candidates = EntityKind.allCases.map(\.rawValue).filter { $0.hasPrefix(typed.lowercased()) }
        case .choice(let words): candidates = words.filter { $0.hasPrefix(typed.lowercased()) }
        case .path: candidates = fileSystem.candidates(for: typed)
        case .entityName: candidates = []
        }
        return Completion(range: last, candidates: candidates.sorted())
    }

    /// The ranges of the whitespace-separated words after the command; the last one may be
    /// empty (the cursor stands after a space).
    private func argumentWords(_ characters: [Character], from start: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var index = start
        while index < characters.count {
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            let wordStart = index
            while index < characters.count, !characters[index].isWhitespace { index += 1 }
            if index > wordStart { words.append(wordStart..<index) }
        }
        if characters.last?.isWhitespace ?? true { words.append(characters.count..<characters.count) }
        return words
    }

    // MARK: queries

    private func completeQuery(_ characters: [Character]) -> Completion {
        let start = QueryContext.wordStart(in: characters)
        let word = String(characters[start...])
        let end = characters.count
        if !word.hasPrefix("\""), let colon = word.lastIndex(of: ":") {
            let kindStart = start + word.distance(from: word.startIndex, to: colon) + 1
            let typed = String(characters[kindStart...]).lowercased()
            return Completion(range: kindStart..<end, candidates: EntityKind.allCases.map(\.rawValue).filter { $0.hasPrefix(typed) })
        }
        if QueryContext.expectsPredicate(before: Array(characters[..<start])) {
            let typed = word.lowercased()
            return Completion(range: start..<end, candidates: Predicate.allCases.map(\.rawValue).filter { $0.hasPrefix(typed) })
        }
        if word.hasPrefix("?") { return Completion(range: start..<end, candidates: []) }
        let keywords = Completion(range: start..<end, candidates: QueryParser.keywords.filter { $0.hasPrefix(word.lowercased()) })
        if word.hasPrefix("\"") { return completeName(word, at: start, quoteWhenNeeded: true) }
        // A bare name may be several words ("Field Report"): complete from where the node began.
        let nodeStart = QueryContext.bareNameStart(in: characters, wordStart: start)
        guard QueryContext.expectsNode(before: Array(characters[..<nodeStart])) else { return keywords }
        var completion = completeName(String(characters[nodeStart...]), at: nodeStart, quoteWhenNeeded: true)
        if completion.candidates.isEmpty { return keywords }
        if nodeStart == start, !word.isEmpty { completion.candidates = (completion.candidates + keywords.candidates).sorted() }
        return completion
    }

    // MARK: names

    /// Names and aliases starting with `typed` (ignoring case), all quoted when `typed` opens a
    /// quote or (with `quoteWhenNeeded`) when one of them could not be read bare in a query.
    private func completeName(_ typed: String, at start: Int, quoteWhenNeeded: Bool) -> Completion {
        let quoted = typed.hasPrefix("\"")
        let prefix = (quoted ? String(typed.dropFirst()) : typed).lowercased()
        let matches = names.filter { $0.lowercased().hasPrefix(prefix) }
        // Quoting all when one needs it keeps a common prefix to extend to.
        let quoteAll = quoted || (quoteWhenNeeded && !matches.allSatisfy(Completer.isPlainName))
        let candidates = matches.map { quoteAll ? "\"\($0)\"" : $0 }
        var seen: Set<String> = []
        return Completion(range: start..<start + typed.count, candidates: candidates.filter { seen.insert($0).inserted })
    }

    /// True when `name` can stand in a query unquoted: words of letters, digits and `_`
    /// (with `'` or `-` inside a word) separated by single spaces, none of them a keyword.
    static func isPlainName(_ name: String) -> Bool {
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        return words.allSatisfy { word in
            guard let first = word.first, let last = word.last, isWordCharacter(first), isWordCharacter(last) else { return false }
            return !QueryParser.keywords.contains(word.lowercased()) && word.allSatisfy { isWordCharacter($0) || "'\u{2019}-".contains($0) }
        }
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
