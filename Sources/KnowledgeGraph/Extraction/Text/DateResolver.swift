/// Reads dates in ISO 8601 form (`2015`, `2015-02`, `2014-11-26`) from sentence tokens.
///
/// It understands "10 September 2014", "February 2015", "in 2014", a dateline such as
/// "29.01.18", "Wednesday November 26" (year from the article's date or the last year the
/// article named) and "last month", "today", "yesterday" relative to the article's date.
public struct DateResolver: Sendable {
    private let months: [String: Int]

    /// Creates a resolver with month names from the lexicon.
    public init(months: [String: Int]) { self.months = months }

    /// The article's own date from a dateline ("29.01.18", "29/01/2018") in its first tokens.
    public func articleDate(_ tokens: [Token]) -> String? {
        for token in tokens.prefix(12) where token.shape == .number {
            let parts = token.text.split(whereSeparator: { $0 == "." || $0 == "/" }).compactMap { Int($0) }
            guard parts.count == 3, (1...31).contains(parts[0]), (1...12).contains(parts[1]) else { continue }
            let year = parts[2] < 100 ? 2000 + parts[2] : parts[2]
            return Self.iso(year, parts[1], parts[0])
        }
        return nil
    }

    /// The most precise date the sentence gives, or nil. `context` is the article's date or
    /// the last year it named, used for dates without a year and for relative dates.
    public func date(in tokens: ArraySlice<Token>, context: String?) -> String? {
        var best: String?
        let words = Array(tokens)
        for (index, token) in words.enumerated() {
            if let month = months[token.stem], token.isCapitalised, month > 0 {
                if index + 1 < words.count, let year = Self.year(words[index + 1]) {
                    let day = index > 0 ? Int(words[index - 1].text).flatMap { (1...31).contains($0) ? $0 : nil } : nil
                    return day.map { Self.iso(year, month, $0) } ?? Self.iso(year, month, nil)
                }
                if index + 1 < words.count, let day = Int(words[index + 1].text), (1...31).contains(day),
                   let year = context.flatMap({ Int($0.prefix(4)) }) {
                    best = best ?? Self.iso(year, month, day)
                }
            } else if let year = Self.year(token), best == nil || best!.count < 4,
                      // "the Children Act 1989" names a law; "who had led it since 2012" dates a background state
                      index == 0 || !["act", "since"].contains(words[index - 1].stem) {
                best = String(year)
            } else if token.stem == "month", index > 0, words[index - 1].stem == "last",
                      let context, context.count >= 7, let year = Int(context.prefix(4)),
                      let month = Int(context.dropFirst(5).prefix(2)) {
                best = best ?? (month == 1 ? Self.iso(year - 1, 12, nil) : Self.iso(year, month - 1, nil))
            } else if token.stem == "today" || token.stem == "yesterday", let context, context.count == 10 {
                best = best ?? context
            }
        }
        return best
    }

    /// `date` moved on by `months` ("2016-10" plus 4 is "2017-02"); a bare year stays as it is.
    public func date(_ date: String, plusMonths months: Int) -> String {
        guard date.count >= 7, let year = Int(date.prefix(4)), let month = Int(date.dropFirst(5).prefix(2)) else { return date }
        let total = year * 12 + month - 1 + months
        return Self.iso(total / 12, total % 12 + 1, nil)
    }

    private static func year(_ token: Token) -> Int? {
        guard token.shape == .number, token.text.count == 4, let value = Int(token.text), (1950...2049).contains(value) else { return nil }
        return value
    }

    private static func iso(_ year: Int, _ month: Int, _ day: Int?) -> String {
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year)-\(monthText)" }
        return "\(year)-\(monthText)-\(day < 10 ? "0\(day)" : "\(day)")"
    }
}
