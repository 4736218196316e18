/// Finds the names of people, bodies, places and reports in a sentence.
///
/// It reads runs of capitalised words (joined by "of", "for", "and", "the", "&", "upon"), drops
/// sentence openers and other function words, and classifies each run: a title makes a
/// person, an organisation suffix or a gazetteer entry makes a body, a known given name
/// starts a person, the place gazetteer gives places, "report"/"review"/"inquiry" after a
/// name makes a report (see `MentionDetector+Reports.swift`). Single unknown capitalised words
/// and acronyms are left for the `CoreferenceResolver`, which knows the rest of the article.
public struct MentionDetector: Sendable {
    /// The linguistic data.
    let lexicon: Lexicon
    private static let connectors: Set<String> = ["of", "for", "and", "the", "&", "on", "upon"]
    /// The head words of report names.
    static let reportWords: Set<String> = ["report", "review", "inquiry"]
    /// Titles that belong to a judge's name ("Mr Justice Hollins", "Lord Justice Tarn"), kept whole.
    private static let judicialTitles: Set<String> = ["justice"]
    private static let placeSuffixes: Set<String> = ["hall", "ward", "street", "road", "square"]

    private let commonWords: Set<String>

    /// Creates a detector over `lexicon`; `commonWords` are the words the article writes in
    /// lower case, which are no names when they open a sentence ("Calls for ...").
    public init(lexicon: Lexicon, commonWords: Set<String> = []) {
        self.lexicon = lexicon
        self.commonWords = commonWords
    }

    /// Words whose possessive names a report by its day ("Yesterday's report"), which
    /// `ReportReferences` reads, not an author.
    private static let dayWords: Set<String> = ["today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
                                                "friday", "saturday", "sunday"]

    /// The lower-case words of `tokens`, for `init(lexicon:commonWords:)`.
    public static func commonWords(in tokens: [Token]) -> Set<String> {
        Set(tokens.lazy.filter { $0.shape == .word && !$0.isCapitalised }.map(\.stem))
    }

    /// Two or three unknown capitalised words that a speech verb follows ("Omar Khan said")
    /// or a role introduces ("chairman Omar Khan", "Omar Khan, the chairman,").
    private func looksLikePerson(_ run: Range<Int>, tokens: [Token]) -> Bool {
        let words = run.map { tokens[$0] }
        guard !words.contains(where: { isFunctionWord($0) || isTitleWord($0) || $0.isAcronym
            || lexicon.bodySuffixes.contains($0.stem) || lexicon.places[$0.stem] != nil }) else { return false }
        let next = run.upperBound < tokens.count ? tokens[run.upperBound].stem : ""
        if ["said", "says", "told", "added", "who", "wrote", "admitted"].contains(next) { return true }
        if next == ",", run.upperBound + 1 < tokens.count {
            let after = tokens[run.upperBound + 1]
            if after.stem == "who" || after.shape == .number { return true }
            if (run.upperBound + 1..<min(tokens.count, run.upperBound + 4)).contains(where: { isTitleWord(tokens[$0]) }) { return true }
        }
        guard run.lowerBound > 0 else { return false }
        let previous = tokens[run.lowerBound - 1]
        if previous.isMark(","), run.lowerBound > 1, next == ",", isTitleWord(tokens[run.lowerBound - 2]) { return true }
        return !previous.isCapitalised && isTitleWord(previous)
    }

    private func isRecognisedStart(_ token: Token) -> Bool {
        isFunctionWord(token) || lexicon.honorifics.contains(token.stem) || lexicon.firstNames.contains(token.stem)
            || lexicon.places[token.stem] != nil || lexicon.bodies[token.stem] != nil || token.isAcronym
    }

    /// True for a title or role word, which is never a surname ("Inspectors", "Secretary").
    private func isTitleWord(_ token: Token) -> Bool {
        let stem = token.stem.hasSuffix("s") ? String(token.stem.dropLast()) : token.stem
        return lexicon.honorifics.contains(token.stem) || lexicon.honorifics.contains(stem)
            || lexicon.roles.contains { $0.words.last == token.stem || $0.words.last == stem }
    }

    private func isCommonWord(_ token: Token) -> Bool {
        guard !lexicon.honorifics.contains(token.stem), !lexicon.firstNames.contains(token.stem),
              lexicon.places[token.stem] == nil, lexicon.bodies[token.stem] == nil else { return false }
        return commonWords.contains(token.stem) || lexicon.stopwords.contains(token.stem)
    }

    /// The mentions in `sentence` of `tokens`, in text order.
    public func detect(in sentence: Sentence, tokens: [Token]) -> [DetectedMention] {
        var mentions: [DetectedMention] = []
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            if let report = anonymousReport(at: index, tokens: tokens, limit: sentence.tokens.upperBound) {
                mentions.append(report)
            }
            if let collective = lexicon.collectiveBodies[tokens[index].stem], tokens[index].shape == .word,
               index == sentence.tokens.lowerBound || !["local", "national", "of"].contains(tokens[index - 1].stem) {
                mentions.append(DetectedMention(kind: .body, tokens: index..<index + 1, name: collective, form: .full,
                                                aliases: [tokens[index].bare.lowercased()]))
                index += 1
                continue
            }
            if let school = schoolByCommonNoun(at: index, tokens: tokens, limit: sentence.tokens.upperBound) {
                mentions.append(school)
                index = school.tokens.upperBound
                continue
            }
            guard startsName(tokens[index]) else { index += 1; continue }
            var end = index + 1
            while end < sentence.tokens.upperBound, !tokens[end - 1].isPossessive {
                if continuesName(tokens[end]) || isStationNumber(end, tokens: tokens) { end += 1; continue }
                if tokens[end].stem == "council", tokens[end].shape == .word { end += 1; break }
                if Self.connectors.contains(tokens[end].text), end + 1 < sentence.tokens.upperBound,
                   continuesName(tokens[end + 1]) {
                    end += 2
                    continue
                }
                break
            }
            let opensClause = index == sentence.tokens.lowerBound || tokens[index - 1].isMark("\"") || tokens[index - 1].isMark("'")
                || tokens[index - 1].isMark(":")
            var found = classify(index..<end, tokens: tokens, sentenceStart: opensClause)
            if let force = found.last, let office = commissionerOffice(of: force, tokens: tokens, limit: sentence.tokens.upperBound) {
                found[found.count - 1] = office
                end = office.tokens.upperBound
            }
            if let named = found.last, named.kind == .report, named.tokens.upperBound == end {
                found[found.count - 1] = withTopic(named, tokens: tokens, limit: sentence.tokens.upperBound)
                end = found[found.count - 1].tokens.upperBound
            }
            mentions += found
            let opener = found.isEmpty && end == index + 1 && tokens[index].isPossessive && !isCommonWord(tokens[index])
                && lexicon.months[tokens[index].stem] == nil && !Self.dayWords.contains(tokens[index].stem)
                ? DetectedMention(kind: nil, tokens: index..<end, name: tokens[index].bare, form: .bare) : nil
            if let owner = found.last ?? opener, owner.tokens.upperBound == end,
               let report = report(after: owner, tokens: tokens, limit: sentence.tokens.upperBound) {
                mentions.append(report)
            }
            index = end
        }
        return mentions
    }

    private func startsName(_ token: Token) -> Bool {
        token.isCapitalised && !token.text.contains("-") || token.isAcronym
    }

    private func continuesName(_ token: Token) -> Bool { token.isCapitalised || token.isAcronym }

    /// "the Al-Noor school", "the Hillfoot academy": after "the", one capitalised word that is no
    /// place, known name or adjective ("the Catholic school", "the Jewish school"), then "school"
    /// or "academy" in lower case, names a school.
    private func schoolByCommonNoun(at index: Int, tokens: [Token], limit: Int) -> DetectedMention? {
        guard index > 0, index + 1 < limit, tokens[index - 1].stem == "the", tokens[index].isCapitalised, !tokens[index].isAcronym,
              ["school", "academy"].contains(tokens[index + 1].text), lexicon.places[tokens[index].stem] == nil,
              lexicon.bodies[tokens[index].stem] == nil, !lexicon.stopwords.contains(tokens[index].stem),
              !["ic", "ish", "an", "ese", "ist"].contains(where: { tokens[index].stem.hasSuffix($0) }) else { return nil }
        return DetectedMention(kind: .body, tokens: index..<index + 2, name: "\(tokens[index].text) \(tokens[index + 1].text)", form: .full)
    }

    /// True for the number of a radio station or television channel ("BBC Radio 4", "Channel 5").
    private func isStationNumber(_ index: Int, tokens: [Token]) -> Bool {
        tokens[index].shape == .number && tokens[index].text.count == 1 && index > 0 && ["radio", "channel"].contains(tokens[index - 1].stem)
    }

    /// Classifies a run, splitting it at connectors or trimming openers when the whole run is no name.
    private func classify(_ run: Range<Int>, tokens: [Token], sentenceStart: Bool) -> [DetectedMention] {
        guard !run.isEmpty else { return [] }
        if let commissioner = policeCommissioner(in: run, tokens: tokens) {
            return classify(run.lowerBound..<commissioner.tokens.lowerBound, tokens: tokens, sentenceStart: sentenceStart)
                .filter { $0.kind != .place } + [commissioner]
                + classify(commissioner.tokens.upperBound..<run.upperBound, tokens: tokens, sentenceStart: false)
        }
        if let the = run.dropLast().first(where: { tokens[$0].stem == "the" }), let collective = lexicon.collectiveBodies[tokens[the + 1].stem] {
            let body = DetectedMention(kind: .body, tokens: the + 1..<the + 2, name: collective, form: .full,
                                       aliases: [tokens[the + 1].bare.lowercased()])
            return classify(run.lowerBound..<the, tokens: tokens, sentenceStart: sentenceStart) + [body]
                + classify(the + 2..<run.upperBound, tokens: tokens, sentenceStart: false)
        }
        if run.count >= 3, let tail = (run.lowerBound + 2..<min(run.upperBound, run.lowerBound + 5)).first(where: {
            lexicon.bodies[Lexicon.key(Self.join(($0..<run.upperBound).map { tokens[$0] }))] != nil }) {
            return classify(run.lowerBound..<tail, tokens: tokens, sentenceStart: sentenceStart)
                + classify(tail..<run.upperBound, tokens: tokens, sentenceStart: false)
        }
        if sentenceStart, run.count >= 2, isCommonWord(tokens[run.lowerBound]), isRecognisedStart(tokens[run.lowerBound + 1]) {
            return classify(run.dropFirst(), tokens: tokens, sentenceStart: false)
        }
        if lexicon.bodies[Lexicon.key(Self.join(run.map { tokens[$0] }))] == nil,
           isFunctionWord(tokens[run.lowerBound]) || isFunctionWord(tokens[run.upperBound - 1]) {
            var trimmed = run
            while !trimmed.isEmpty, isFunctionWord(tokens[trimmed.lowerBound]) { trimmed = trimmed.dropFirst() }
            while !trimmed.isEmpty, isFunctionWord(tokens[trimmed.upperBound - 1]) { trimmed = trimmed.dropLast() }
            return trimmed.isEmpty ? [] : classify(trimmed, tokens: tokens, sentenceStart: false)
        }
        if let and = run.first(where: { tokens[$0].text == "and" }), and > run.lowerBound,
           lexicon.bodySuffixes.contains(tokens[and - 1].stem) || lexicon.schoolWords.contains(tokens[and - 1].stem) {
            return classify(run.lowerBound..<and, tokens: tokens, sentenceStart: sentenceStart)
                + classify(and + 1..<run.upperBound, tokens: tokens, sentenceStart: false)
        }
        if lexicon.honorifics.contains(tokens[run.lowerBound].stem),
           let of = run.dropFirst(2).first(where: { tokens[$0].text == "of" }),
           let person = classifyWhole(run.lowerBound..<of, tokens: tokens), person.kind == .person {
            return [person] + classify(of + 1..<run.upperBound, tokens: tokens, sentenceStart: false)
        }
        if let whole = classifyWhole(run, tokens: tokens) { return [whole] }
        if let body = bodyBeforeRole(run, tokens: tokens) { return [body] }
        if run.count >= 3, let person = (2...3).reversed().lazy.compactMap({ length -> DetectedMention? in
            guard length < run.count else { return nil }
            let found = self.classifyWhole(run.lowerBound..<run.lowerBound + length, tokens: tokens)
            return found?.kind == .person ? found : nil
        }).first {
            return [person] + classify(person.tokens.upperBound..<run.upperBound, tokens: tokens, sentenceStart: false)
        }
        let trimmed = run
        if let split = trimmed.first(where: { Self.connectors.contains(tokens[$0].text) }) {
            return classify(trimmed.lowerBound..<split, tokens: tokens, sentenceStart: sentenceStart)
                + classify(split + 1..<trimmed.upperBound, tokens: tokens, sentenceStart: false)
        }
        if let given = trimmed.dropFirst().first(where: { lexicon.firstNames.contains(tokens[$0].stem) }),
           trimmed.upperBound - given >= 2 {
            return classify(trimmed.lowerBound..<given, tokens: tokens, sentenceStart: sentenceStart)
                + classify(given..<trimmed.upperBound, tokens: tokens, sentenceStart: false)
        }
        if (2...3).contains(trimmed.count), looksLikePerson(trimmed, tokens: tokens) {
            return [DetectedMention(kind: .person, tokens: trimmed, name: Self.join(trimmed.map { tokens[$0] }), form: .full)]
        }
        if (2...3).contains(trimmed.count), !sentenceStart {
            return [DetectedMention(kind: nil, tokens: trimmed, name: Self.join(trimmed.map { tokens[$0] }), form: .bare)]
        }
        if trimmed.count == 1 {
            let token = tokens[trimmed.lowerBound]
            if sentenceStart, !token.isAcronym, lexicon.places[token.stem] == nil { return [] }
            if token.isAcronym, lexicon.councilSuffixes.contains(token.stem) { return [] }
            if !token.isAcronym, isPlaceByContext(trimmed.lowerBound, tokens: tokens) {
                return [DetectedMention(kind: .place, tokens: trimmed, name: token.bare, form: .full)]
            }
            return [DetectedMention(kind: nil, tokens: trimmed, name: token.bare, form: token.isAcronym ? .acronym : .bare)]
        }
        return []
    }

    /// True for a word the gazetteer does not know that its neighbours show is a place: "in
    /// Hillfoot, near Leeds", "the Hillfoot area of Leeds".
    private func isPlaceByContext(_ index: Int, tokens: [Token]) -> Bool {
        let stem = { (offset: Int) -> String in
            index + offset >= 0 && index + offset < tokens.count ? tokens[index + offset].stem : "" }
        return stem(1) == "," && stem(2) == "near" || stem(-1) == "the" && stem(1) == "area"
    }

    /// "Westshire Police commissioner": the police and crime commissioner's office of the force
    /// `force` names, when "commissioner" follows its name.
    private func commissionerOffice(of force: DetectedMention, tokens: [Token], limit: Int) -> DetectedMention? {
        let end = force.tokens.upperBound
        guard force.kind == .body, force.name.hasSuffix(" Police"), end < limit, tokens[end].text == "commissioner",
              !tokens[end - 1].isPossessive else { return nil }
        let place = String(force.name.dropLast(" Police".count))
        return DetectedMention(kind: .body, tokens: force.tokens.lowerBound..<end + 1, name: "\(place) Police and Crime Commissioner",
                               form: .full, aliases: ["\(place) PCC", "\(force.name) commissioner"])
    }

    /// "South Yorkshire Police and Crime Commissioner", "Police and Crime Commissioner for Westshire":
    /// the commissioner's office, a body named by its place (from before it, or a "for" place in the run).
    private func policeCommissioner(in run: Range<Int>, tokens: [Token]) -> DetectedMention? {
        guard let police = run.first(where: { tokens[$0].stem == "police" }), police + 3 < run.upperBound,
              tokens[police + 1].text == "and", tokens[police + 2].stem == "crime", tokens[police + 3].stem == "commissioner"
        else { return nil }
        var start = police
        while start > run.lowerBound, !isTitleWord(tokens[start - 1]), !isFunctionWord(tokens[start - 1]) { start -= 1 }
        var end = police + 4
        var place = start < police ? Self.join((start..<police).map { tokens[$0] }) : nil
        if place == nil, end + 1 < run.upperBound, tokens[end].text == "for" {
            var last = end + 1
            while last < run.upperBound, !isFunctionWord(tokens[last]), lexicon.places[tokens[last].stem] != nil || last == end + 1
                || lexicon.places[Lexicon.key(Self.join((end + 1...last).map { tokens[$0] }))] != nil { last += 1 }
            place = Self.join((end + 1..<last).map { tokens[$0] })
            end = last
        } else if place == nil, run.lowerBound > 0, tokens[run.lowerBound - 1].isPossessive,
                  tokens[run.lowerBound - 1].isCapitalised {
            let longest = (1...lexicon.longestPlace).reversed().first { length in
                length <= run.lowerBound && lexicon.places[Lexicon.key(Self.join(tokens[run.lowerBound - length..<run.lowerBound]))] != nil }
            place = Self.join(tokens[run.lowerBound - (longest ?? 1)..<run.lowerBound])
        }
        let office = (place.map { "\($0) " } ?? "") + "Police and Crime Commissioner"
        return DetectedMention(kind: .body, tokens: start..<end, name: office, form: place == nil ? .bare : .full,
                               aliases: place.map { ["\($0) PCC", "Police and Crime Commissioner"] } ?? [])
    }

    /// "Labour MP", "Ofsted chief": a known body or a suffixed name followed only by role words.
    private func bodyBeforeRole(_ run: Range<Int>, tokens: [Token]) -> DetectedMention? {
        var end = run.upperBound
        while end > run.lowerBound + 1, isTitleWord(tokens[end - 1]), !lexicon.honorifics.contains(tokens[end - 1].stem) { end -= 1 }
        guard end < run.upperBound, let body = classifyWhole(run.lowerBound..<end, tokens: tokens), body.kind == .body else { return nil }
        return body
    }

    private func isFunctionWord(_ token: Token) -> Bool {
        lexicon.stopwords.contains(token.stem) || Self.connectors.contains(token.stem)
    }

    private func classifyWhole(_ run: Range<Int>, tokens: [Token]) -> DetectedMention? {
        let words = run.map { tokens[$0] }
        let name = Self.join(words)
        let folded = Lexicon.key(name)
        let last = words[words.count - 1].stem
        if words.count >= 3, lexicon.honorifics.contains(words[0].stem), Self.judicialTitles.contains(words[1].stem),
           !words.dropFirst(2).contains(where: { isTitleWord($0) || Self.connectors.contains($0.text) }) {
            return DetectedMention(kind: .person, tokens: run, name: name, form: .full)
        }
        if lexicon.honorifics.contains(words[0].stem), words.count >= 2,
           !words.dropFirst().contains(where: { Self.connectors.contains($0.text) || isTitleWord($0) }) {
            let rest = run.dropFirst()
            let person = Self.join(rest.map { tokens[$0] })
            return DetectedMention(kind: .person, tokens: rest, name: person, form: rest.count == 1 ? .titled : .full)
        }
        if let known = lexicon.bodies[folded] {
            return DetectedMention(kind: .body, tokens: run, name: known.name, form: .full,
                                   aliases: known.aliases + [name], isMedia: known.isMedia)
        }
        if words.count >= 2, let first = lexicon.bodies[Lexicon.key(words[0].text)], first.isMedia,
           !Self.reportWords.contains(last) {
            return DetectedMention(kind: .body, tokens: run, name: name, form: .full, isMedia: true)
        }
        if words.count >= 2, words[0].stem == "operation" {
            return DetectedMention(kind: .event, tokens: run, name: name, form: .full)
        }
        if words.count >= 2, Self.reportWords.contains(last) {
            let owner = Self.join(words.dropLast())
            let head = words[words.count - 1].text.prefix(1).uppercased() + words[words.count - 1].text.dropFirst()
            return DetectedMention(kind: .report, tokens: run, name: "\(owner) \(head)", form: .full,
                                   aliases: head == "Report" ? [] : ["\(owner) Report"])
        }
        if words.count >= 2, lexicon.bodySuffixes.contains(last) || hasInnerSuffix(words) {
            return DetectedMention(kind: .body, tokens: run, name: name, form: .full, isMedia: lexicon.mediaSuffixes.contains(last))
        }
        if lexicon.places[folded] != nil {
            return DetectedMention(kind: .place, tokens: run, name: lexicon.places[folded]!, form: .full)
        }
        if words.count >= 2, Self.placeSuffixes.contains(last) {
            return DetectedMention(kind: .place, tokens: run, name: name, form: .full)
        }
        if (2...4).contains(words.count), lexicon.firstNames.contains(words[0].stem),
           !words.contains(where: { Self.connectors.contains($0.text) || lexicon.stopwords.contains($0.stem) }) {
            return DetectedMention(kind: .person, tokens: run, name: name, form: .full)
        }
        return nil
    }

    /// True for "School of Economics", "Department for Education": a suffix word before a connector.
    private func hasInnerSuffix(_ words: [Token]) -> Bool {
        for (offset, word) in words.enumerated().dropLast() where lexicon.bodySuffixes.contains(word.stem) {
            if ["of", "for", "on"].contains(words[offset + 1].text) { return true }
        }
        return false
    }

    /// The words joined by single spaces, without a final possessive.
    static func join<S: Sequence>(_ words: S) -> String where S.Element == Token {
        var parts = words.map(\.text)
        if let last = parts.last, last.hasSuffix("'s"), last.count > 2 { parts[parts.count - 1] = String(last.dropLast(2)) }
        return parts.joined(separator: " ")
    }
}
