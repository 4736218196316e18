/// Reads letters and notes that the article quotes from as reports with an author: "In a letter
/// to Sir Peter Hale, the trust said ..." makes the report "letter to Sir Peter Hale" (also
/// "Barset Trust letter to Sir Peter Hale") that the trust authored (rule `letter-author`).
///
/// The letter opens its sentence ("In a letter to X, Y said ..."); its recipient is the person
/// or body named last before the comma (with a title before the name kept: "Mr Harding", but no
/// role: "Westshire chief Dr Okafor" gives "Dr Okafor"), its author the person or body named
/// first after the comma.
public struct LetterReports: Sendable {
    private static let letterWords: Set<String> = ["letter", "note", "memo", "email", "briefing"]

    /// Creates the stage.
    public init() {}

    /// Adds letter reports and their authors for every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        for number in context.sentences.indices {
            let view = context.view(number)
            let start = view.sentence.tokens.lowerBound
            guard view.sentence.tokens.count > 6, view.tokens[start].stem == "in", ["a", "an"].contains(view.tokens[start + 1].stem)
            else { continue }
            var head = start + 2
            while head < view.sentence.tokens.upperBound, head - start <= 4, view.tokens[head].shape == .word,
                  !view.tokens[head].isCapitalised, !Self.letterWords.contains(view.tokens[head].stem) { head += 1 }
            guard head + 2 < view.sentence.tokens.upperBound, Self.letterWords.contains(view.tokens[head].stem),
                  view.tokens[head + 1].stem == "to",
                  let comma = (head + 2..<min(view.sentence.tokens.upperBound, head + 10)).first(where: { view.tokens[$0].isMark(",") }),
                  let recipient = view.mentions.last(where: { $0.tokens.upperBound == comma && [.person, .body].contains(view.kind($0)) }),
                  let author = view.after(comma + 1, [.person, .body]), author.tokens.lowerBound <= comma + 2 else { continue }
            let titled = recipient.tokens.lowerBound > head + 2 && context.lexicon.honorifics.contains(view.tokens[recipient.tokens.lowerBound - 1].stem)
            let addressee = view.text((titled ? recipient.tokens.lowerBound - 1 : recipient.tokens.lowerBound)..<recipient.tokens.upperBound)
            let kind = view.text(start + 2..<head + 1).lowercased()
            let name = "\(kind) to \(addressee)"
            let authorNames = [context.resolution.entities[author.entity].name] + context.resolution.entities[author.entity].aliases.sorted()
            let aliases = authorNames.map { "\($0) \(view.tokens[head].stem) to \(addressee)" } + (kind.contains(" ") ? [kind] : [])
            let letter = context.entity(.report, named: name, aliases: aliases, at: start + 2..<recipient.tokens.upperBound, sentence: number)
            context.relate(author.entity, .authored, letter, rule: "letter-author", sentence: number, confidence: 0.6)
        }
    }
}
