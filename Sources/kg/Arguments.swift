/// A command line being taken apart: options are removed as a command asks for them, and
/// whatever is left must be positional, so a misspelt flag is reported, not ignored.
struct Arguments {
    private var remaining: [String]

    init(_ arguments: [String]) { remaining = arguments }

    /// True (and removed) when any of `names` is present.
    mutating func flag(_ names: String...) -> Bool {
        var found = false
        remaining.removeAll { argument in
            let hit = names.contains(argument)
            found = found || hit
            return hit
        }
        return found
    }

    /// The value of the last `--name VALUE` or `--name=VALUE`, removed; nil when absent.
    mutating func option(_ names: String...) throws -> String? {
        try options(names).last
    }

    /// Every value given for a repeatable option, in order.
    mutating func options(_ names: [String]) throws -> [String] {
        var values: [String] = []
        var index = 0
        while index < remaining.count {
            let argument = remaining[index]
            if let name = names.first(where: { argument.hasPrefix($0 + "=") }) {
                values.append(String(argument.dropFirst(name.count + 1)))
                remaining.remove(at: index)
            } else if names.contains(argument) {
                guard index + 1 < remaining.count else { throw UsageError("\(argument) needs a value") }
                values.append(remaining[index + 1])
                remaining.removeSubrange(index...index + 1)
            } else {
                index += 1
            }
        }
        return values
    }

    /// An integer option within `range`, or nil when absent.
    mutating func integer(_ names: String..., in range: ClosedRange<Int>) throws -> Int? {
        guard let text = try options(names).last else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw UsageError("\(names[0]) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return value
    }

    /// Every argument not yet taken, removed, for a command that parses its own options.
    mutating func takeRemaining() -> [String] {
        defer { remaining = [] }
        return remaining
    }

    /// The positional arguments left; an unknown option is a usage error. `--` ends options.
    mutating func positionals() throws -> [String] {
        var result: [String] = []
        var optionsEnded = false
        for argument in remaining {
            if !optionsEnded, argument == "--" { optionsEnded = true; continue }
            if !optionsEnded, argument.hasPrefix("-"), argument.count > 1, Double(argument) == nil {
                throw UsageError("unknown option '\(argument)'")
            }
            result.append(argument)
        }
        remaining = []
        return result
    }
}

/// A command line that does not fit the command; exits with status 2.
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
