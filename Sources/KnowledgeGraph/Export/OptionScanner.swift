import Foundation

/// Walks a command line word by word for `ExportOptions.parse`, handing out option values in
/// both `--name VALUE` and `--name=VALUE` spellings. After `--` every word is positional.
struct OptionScanner {
    /// One word of the command line: an option name (without any `=value`) or a positional.
    struct Word {
        let text: String
        let option: String?
    }

    private let words: [String]
    private var index = 0
    private var inlineValue: String?
    private var optionsEnded = false

    init(_ words: [String]) { self.words = words }

    /// The next word, or nil at the end.
    mutating func next() -> Word? {
        inlineValue = nil
        guard index < words.count else { return nil }
        let word = words[index]
        index += 1
        if !optionsEnded, word == "--" {
            optionsEnded = true
            return next()
        }
        guard !optionsEnded, word.hasPrefix("-"), word.count > 1 else { return Word(text: word, option: nil) }
        guard let equals = word.firstIndex(of: "=") else { return Word(text: word, option: word) }
        inlineValue = String(word[word.index(after: equals)...])
        return Word(text: word, option: String(word[..<equals]))
    }

    /// The value of `option`: after `=`, or the following word.
    mutating func value(for option: String) throws -> String {
        if let inlineValue { return inlineValue }
        guard index < words.count else { throw ExportOptionError("\(option) needs a value") }
        index += 1
        return words[index - 1]
    }

    /// A whole number in `range`.
    mutating func integer(for option: String, in range: ClosedRange<Int>) throws -> Int {
        let text = try value(for: option)
        guard let number = Int(text), range.contains(number) else {
            throw ExportOptionError("\(option) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return number
    }

    /// One of `choices`, matched without regard to case; returned as spelt in `choices`.
    mutating func choice(for option: String, among choices: [String]) throws -> String {
        let text = try value(for: option)
        guard let match = choices.first(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) else {
            throw ExportOptionError(unknown: text, what: "\(option) value", among: choices)
        }
        return match
    }

    /// Always true: a flag is present when its name is read. A `=value` on a flag is an error.
    func flag(_ option: String) throws -> Bool {
        guard inlineValue == nil else { throw ExportOptionError("\(option) takes no value") }
        return true
    }

    /// The error for an option no one knows, suggesting the closest known one.
    func unknown(_ option: String, known: [String]) -> ExportOptionError {
        let hint = NameSuggester.suggestions(for: option, among: known, limit: 1).first.map { "; did you mean '\($0)'?" } ?? ""
        return ExportOptionError("unknown option '\(option)'\(hint)")
    }
}
