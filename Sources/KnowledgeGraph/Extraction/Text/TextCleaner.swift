/// Normalises an article's characters and blanks web boilerplate without moving any text,
/// so that every offset into the cleaned scalars is also an offset into the original.
///
/// Typographic quotes become `'` and `"`, dashes become `-`, bullets and no-break spaces
/// become spaces (one scalar for one scalar). Boilerplate lines ("Have your say", cookie
/// notices, "Comment") and a line repeating the line just above it (photo captions) are
/// replaced by spaces of the same length.
public struct TextCleaner: Sendable {
    private let boilerplate: [String]
    /// Longer lines are article text: never boilerplate, never a repeated caption.
    private static let longestBoilerplate = 240

    /// Creates a cleaner that blanks lines starting with one of `boilerplate` (lower case).
    public init(boilerplate: [String]) { self.boilerplate = boilerplate }

    /// The cleaned scalars of `text`; the result has exactly `text.unicodeScalars.count` elements.
    public func clean(_ text: String) -> [Unicode.Scalar] {
        var scalars = text.unicodeScalars.map(Self.normalise)
        var lineStart = 0
        var previousLine = ""
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            guard lineEnd - lineStart <= Self.longestBoilerplate else {
                previousLine = ""
                lineStart = lineEnd + 1
                continue
            }
            let line = String(String.UnicodeScalarView(scalars[lineStart..<lineEnd]))
                .trimmingCharacters(in: .whitespaces).lowercased()
            if !line.isEmpty {
                if isBoilerplate(line) || line == previousLine {
                    for index in lineStart..<lineEnd { scalars[index] = " " }
                }
                previousLine = line
            }
            lineStart = lineEnd + 1
        }
        return scalars
    }

    private func isBoilerplate(_ line: String) -> Bool {
        boilerplate.contains { entry in
            guard line.hasPrefix(entry) else { return false }
            // The entry must end at a word boundary: "comment" is not "commentary".
            guard let next = line.dropFirst(entry.count).unicodeScalars.first else { return true }
            return entry.hasSuffix(":") || !(next.properties.isAlphabetic || ("0"..."9").contains(next))
        }
    }

    private static func normalise(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}", "`": "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}": "\""
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": "-"
        case "\u{2022}", "\u{25CF}", "\u{00B7}", "\u{00A0}", "\u{2009}", "\u{202F}", "\t", "\r": " "
        default: scalar
        }
    }
}
