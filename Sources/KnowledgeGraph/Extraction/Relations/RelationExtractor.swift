/// Reads relations cued by verbs and prepositions between named entities of one sentence.
///
/// Rules: `report-owner` ("Smith's report" was authored by Smith), `report-by` ("a review by
/// the Westshire Board", "inquiry led by Dr Okafor"; `report-by-published` when ", published"
/// follows the author), `spoke-to` ("told
/// The Times", "writing for LGC"), `media-interview` ("in an LGC interview"), `appointed`,
/// `appointed-passive`, `appointed-by-panel` ("appointed by a multi-agency panel"), `inspected`,
/// `investigated`, `commissioned`, `commissioned-active`, `ordered-report`, `asked-to-review`,
/// `published`, `announced-inquiry`, `took-over` (also "took control of powers from X"),
/// `handed-back` and `regained-from`.
public struct RelationExtractor: Sendable {
    private let lexicon: Lexicon
    private static let actors: Set<EntityKind> = [.person, .body]
    private static let passiveMarkers: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]

    /// Creates the extractor over `lexicon`'s cue phrases.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Adds cue relations for every sentence of `context`.
    public func extract(_ context: inout ArticleContext) {
        for number in context.sentences.indices {
            let view = context.view(number)
            let date = context.dates[number].map { ["date": $0] } ?? [:]
            reportAuthors(&context, view)
            for cue in view.find(lexicon.cues("tell")) {
                guard let medium = view.after(cue.upperBound, [.body]), medium.tokens.lowerBound <= cue.upperBound + 1,
                      context.resolution.entities[medium.entity].isMedia,
                      let speaker = view.before(cue.lowerBound, [.person]) ?? view.after(medium.tokens.upperBound, [.person])
                else { continue }
                context.relate(speaker.entity, .spokeTo, medium.entity, rule: "spoke-to", sentence: number, confidence: 0.8, attributes: date)
            }
            interviews(&context, view, date: date)
            appointments(&context, view, date: date)
            simple(&context, view, cue: "inspect", .inspected, objects: [.body], rule: "inspected", date: date)
            takeovers(&context, view, date: date)
            handBacks(&context, view, date: date)
            publications(&context, view, date: date)
            commissions(&context, view, date: date)
        }
    }

    /// "Smith's report" and "a review by X" / "an inquiry led by X": the author.
    private func reportAuthors(_ context: inout ArticleContext, _ view: SentenceView) {
        for report in view.mentions where view.kind(report) == .report && !report.isReference {
            if let owner = view.mentions.first(where: {
                $0.entity != report.entity && $0.tokens.lowerBound == report.tokens.lowerBound && Self.actors.contains(view.kind($0)) }) {
                context.relate(owner.entity, .authored, report.entity, rule: "report-owner", sentence: view.number, confidence: 0.9)
            }
            var index = report.tokens.upperBound
            if index < view.sentence.tokens.upperBound, ["led", "chaired", "written", "carried", "conducted", "published"].contains(view.tokens[index].stem) {
                index += 1
                if index < view.sentence.tokens.upperBound, view.tokens[index].stem == "out" { index += 1 }
            }
            guard index < view.sentence.tokens.upperBound, view.tokens[index].stem == "by",
                  let author = view.agent(after: index + 1, Self.actors) else { continue }
            context.relate(author.entity, .authored, report.entity, rule: "report-by", sentence: view.number, confidence: 0.8)
            let after = author.tokens.upperBound
            if after + 1 < view.sentence.tokens.upperBound, view.tokens[after].isMark(","), view.tokens[after + 1].stem == "published" {
                context.relate(author.entity, .published, report.entity, rule: "report-by-published", sentence: view.number, confidence: 0.7)
            }
        }
    }

    /// "in a BBC Radio Westshire interview": the person named before in the sentence, or else the
    /// first person (the subject) of the previous sentence, spoke to that broadcaster or paper.
    private func interviews(_ context: inout ArticleContext, _ view: SentenceView, date: [String: String]) {
        for medium in view.mentions where context.resolution.entities[medium.entity].isMedia
            && medium.tokens.upperBound < view.sentence.tokens.upperBound && view.tokens[medium.tokens.upperBound].stem == "interview" {
            let previous = view.number > 0 ? context.view(view.number - 1).mentions.first { view.kind($0) == .person } : nil
            guard let speaker = view.before(medium.tokens.lowerBound, [.person]) ?? previous else { continue }
            context.relate(speaker.entity, .spokeTo, medium.entity, rule: "media-interview", sentence: view.number, confidence: 0.6,
                           attributes: date)
        }
    }

    /// "X appointed Y", "Y was appointed by X", "Y, appointed by X,", "his appointment as X's chief executive".
    private func appointments(_ context: inout ArticleContext, _ view: SentenceView, date: [String: String]) {
        for cue in view.find(lexicon.cues("appoint")) {
            let previous = cue.lowerBound > view.sentence.tokens.lowerBound ? view.tokens[cue.lowerBound - 1].stem : ""
            let next = cue.upperBound < view.sentence.tokens.upperBound ? view.tokens[cue.upperBound].stem : ""
            // "was appointed by X", and the reduced relative "Y, appointed by X, ..." alike
            if Self.passiveMarkers.contains(previous) || previous == "been" || next == "by" {
                guard let appointee = view.before(cue.lowerBound, [.person]) else { continue }
                let byIndex = view.find([["by"]]).first { $0.lowerBound > cue.lowerBound }
                guard let by = byIndex else { continue }
                if let appointer = view.after(by.upperBound, Self.actors), appointer.tokens.lowerBound <= by.upperBound + 3 {
                    context.relate(appointer.entity, .appointed, appointee.entity, rule: "appointed-passive", sentence: view.number,
                                   confidence: 0.7, attributes: date)
                } else if let panel = commonNounBody(at: by.upperBound, &context, view) {
                    context.relate(panel, .appointed, appointee.entity, rule: "appointed-by-panel", sentence: view.number,
                                   confidence: 0.6, attributes: date)
                }
            } else if let appointer = view.before(cue.lowerBound, Self.actors),
                      let appointee = view.after(cue.upperBound, [.person]), appointee.tokens.lowerBound <= cue.upperBound + 6 {
                context.relate(appointer.entity, .appointed, appointee.entity, rule: "appointed", sentence: view.number,
                               confidence: 0.7, attributes: date)
            }
        }
        for cue in view.find(lexicon.cues("appointment")) {
            guard cue.upperBound + 1 < view.sentence.tokens.upperBound, view.tokens[cue.upperBound].stem == "as",
                  let body = view.after(cue.upperBound + 1, [.body]), body.tokens.lowerBound == cue.upperBound + 1,
                  let person = view.before(cue.lowerBound, [.person]) else { continue }
            context.relate(body.entity, .appointed, person.entity, rule: "appointment-as", sentence: view.number,
                           confidence: 0.6, attributes: date)
        }
    }

    /// "X took over (the running of) Y", and "X took control of key powers from Y" (rule `took-over`).
    private func takeovers(_ context: inout ArticleContext, _ view: SentenceView, date: [String: String]) {
        for cue in view.find(lexicon.cues("takeover")) {
            guard let subject = view.before(cue.lowerBound, Self.actors) else { continue }
            var object = view.after(cue.upperBound, [.body]).flatMap { $0.tokens.lowerBound <= cue.upperBound + 5 ? $0 : nil }
            if object == nil, let from = (cue.upperBound..<min(view.sentence.tokens.upperBound, cue.upperBound + 10))
                .first(where: { view.tokens[$0].stem == "from" }) {
                object = view.agent(after: from + 1, [.body])
            }
            guard let object else { continue }
            context.relate(subject.entity, .tookOver, object.entity, rule: "took-over", sentence: view.number, confidence: 0.6,
                           attributes: date)
        }
    }

    /// "X published the report" (rule `published`); "X announced an inquiry into ...": an inquiry
    /// or review that is announced is yet to be done, so X commissioned it (rule `announced-inquiry`).
    private func publications(_ context: inout ArticleContext, _ view: SentenceView, date: [String: String]) {
        for cue in view.find(lexicon.cues("publish")) {
            guard let subject = view.before(cue.lowerBound, Self.actors),
                  let report = view.after(cue.upperBound, [.report]), report.tokens.lowerBound <= cue.upperBound + 5 else { continue }
            let head = context.resolution.entities[report.entity].name.split(separator: " ").first { ["report", "inquiry", "review"].contains($0) }
            if view.tokens[cue.lowerBound].stem.hasPrefix("announc"), head == "inquiry" || head == "review" {
                context.relate(subject.entity, .commissioned, report.entity, rule: "announced-inquiry", sentence: view.number,
                               confidence: 0.6, attributes: date)
            } else {
                context.relate(subject.entity, .published, report.entity, rule: "published", sentence: view.number,
                               confidence: 0.6, attributes: date)
            }
        }
    }

    /// "a multi-agency panel", "the appointments committee" at `index`: a body named by a common
    /// noun phrase ending in an organisation word, created with that name.
    private func commonNounBody(at index: Int, _ context: inout ArticleContext, _ view: SentenceView) -> Int? {
        guard index < view.sentence.tokens.upperBound, ["a", "an", "the"].contains(view.tokens[index].stem) else { return nil }
        var end = index + 1
        while end < view.sentence.tokens.upperBound, end - index <= 4, view.tokens[end].shape == .word, !view.tokens[end].isCapitalised,
              !lexicon.bodySuffixes.contains(view.tokens[end].stem) { end += 1 }
        guard end < view.sentence.tokens.upperBound, end > index + 1, lexicon.bodySuffixes.contains(view.tokens[end].stem),
              !view.tokens[end].isCapitalised else { return nil }
        let name = view.tokens[index + 1...end].map(\.text).joined(separator: " ")
        return context.entity(.body, named: name, at: index + 1..<end + 1, sentence: view.number)
    }

    /// "X ordered an inquiry into ...", "the review was ordered by X" (rule `ordered-report`) and
    /// "X asked Dr Okafor to review the council" (rule `asked-to-review`).
    private func orderedReports(_ context: inout ArticleContext, _ view: SentenceView, date: [String: String]) {
        for cue in view.find(lexicon.cues("order")) {
            let next = cue.upperBound < view.sentence.tokens.upperBound ? view.tokens[cue.upperBound].stem : ""
            if next == "by" {
                guard let report = view.before(cue.lowerBound, [.report]), report.tokens.upperBound >= cue.lowerBound - 2,
                      let commissioner = view.agent(after: cue.upperBound + 1, Self.actors) else { continue }
                context.relate(commissioner.entity, .commissioned, report.entity, rule: "ordered-report", sentence: view.number,
                               confidence: 0.6, attributes: date)
            } else if let report = view.after(cue.upperBound, [.report]), report.tokens.lowerBound <= cue.upperBound + 2,
                      let commissioner = view.before(cue.lowerBound, Self.actors), commissioner.tokens.upperBound >= cue.lowerBound - 2 {
                context.relate(commissioner.entity, .commissioned, report.entity, rule: "ordered-report", sentence: view.number,
                               confidence: 0.6, attributes: date)
            }
        }
        let reviewing = Set(lexicon.cues("ask-review").map { $0.joined(separator: " ") })
        for cue in view.find([["asked"]]) {
            guard let person = view.after(cue.upperBound, [.person]), person.tokens.lowerBound <= cue.upperBound + 1,
                  person.tokens.upperBound + 1 < view.sentence.tokens.upperBound, view.tokens[person.tokens.upperBound].stem == "to",
                  reviewing.contains(view.tokens[person.tokens.upperBound + 1].stem),
                  let commissioner = view.before(cue.lowerBound, Self.actors), commissioner.tokens.upperBound >= cue.lowerBound - 1
            else { continue }
            context.relate(commissioner.entity, .commissioned, person.entity, rule: "asked-to-review", sentence: view.number,
                           confidence: 0.6, attributes: date)
        }
    }

    /// "X was commissioned (to write the report) by Y", "asked to investigate ... by Y", and
    /// "Y (, which) commissioned a review" (rule `commissioned-active`).
    private func commissions(_ context: inout ArticleContext, _ view: SentenceView, date: [String: String]) {
        orderedReports(&context, view, date: date)
        for cue in view.find(lexicon.cues("commission")) {
            if let report = view.after(cue.upperBound, [.report]), report.tokens.lowerBound <= cue.upperBound + 3,
               let commissioner = view.before(cue.lowerBound, Self.actors),
               (commissioner.tokens.upperBound..<cue.lowerBound).allSatisfy({ [",", "which", "who", "has", "had", "have"].contains(view.tokens[$0].stem) }) {
                context.relate(commissioner.entity, .commissioned, report.entity, rule: "commissioned-active", sentence: view.number,
                               confidence: 0.7, attributes: date)
                continue
            }
            guard let by = view.find([["by"]]).first(where: { $0.lowerBound >= cue.upperBound }),
                  let commissioner = view.after(by.upperBound, Self.actors), commissioner.tokens.lowerBound <= by.upperBound + 4
            else { continue }
            if let person = view.before(cue.lowerBound, [.person]) {
                context.relate(commissioner.entity, .commissioned, person.entity, rule: "commissioned", sentence: view.number,
                               confidence: 0.7, attributes: date)
            }
            if let report = view.mentions.first(where: { view.kind($0) == .report && $0.tokens.lowerBound < by.lowerBound }) {
                context.relate(commissioner.entity, .commissioned, report.entity, rule: "commissioned", sentence: view.number,
                               confidence: 0.7, attributes: date)
            }
        }
    }

    private static let powers: Set<String> = ["power", "powers", "function", "functions", "control", "responsibility",
                                              "responsibilities", "services", "running"]

    /// "X handed back powers to Y", "hand back the remaining functions" (to the article's council),
    /// "Y regained control from X", "powers were returned to Y by X".
    private func handBacks(_ context: inout ArticleContext, _ view: SentenceView, date: [String: String]) {
        let end = view.sentence.tokens.upperBound
        for cue in view.find(lexicon.cues("handback")) {
            let window = cue.upperBound..<min(end, cue.upperBound + 8)
            if view.tokens[cue.lowerBound].stem.hasPrefix("regain") {
                guard let receiver = view.before(cue.lowerBound, [.body]),
                      let from = window.first(where: { view.tokens[$0].stem == "from" }),
                      let giver = view.after(from + 1, Self.actors), giver.tokens.lowerBound <= from + 3 else { continue }
                context.relate(giver.entity, .handedBack, receiver.entity, rule: "regained-from", sentence: view.number,
                               confidence: 0.6, attributes: date)
                continue
            }
            let by = window.first { view.tokens[$0].stem == "by" }
            let passive = cue.lowerBound > view.sentence.tokens.lowerBound && Self.passiveMarkers.contains(view.tokens[cue.lowerBound - 1].stem)
            let giver = by.flatMap { view.after($0 + 1, Self.actors).flatMap { $0.tokens.lowerBound <= by! + 3 ? $0 : nil } }
                ?? (passive ? view.mentions.first { lexicon.collectiveBodies.values.contains(context.resolution.entities[$0.entity].name) }
                    : view.before(cue.lowerBound, Self.actors) ?? quotedSpeaker(of: cue, view))
            var receiver = view.after(cue.upperBound, [.body]).flatMap { window.contains($0.tokens.lowerBound) ? $0.entity : nil }
            if receiver == nil, window.contains(where: { Self.powers.contains(view.tokens[$0].stem) }) { receiver = context.mainCouncil }
            guard let giver, let receiver, giver.entity != receiver else { continue }
            context.relate(giver.entity, .handedBack, receiver, rule: "handed-back", sentence: view.number, confidence: 0.6, attributes: date)
        }
    }

    /// The person named just after the quotation that holds `cue` ("'... hand back ...,' Dr Smith said").
    private func quotedSpeaker(of cue: Range<Int>, _ view: SentenceView) -> ResolvedMention? {
        guard let quote = view.quotations().first(where: { $0.contains(cue.lowerBound) }),
              let speaker = view.after(quote.upperBound, [.person]), speaker.tokens.lowerBound <= quote.upperBound + 3 else { return nil }
        return speaker
    }

    /// Subject before the cue, object just after it.
    private func simple(_ context: inout ArticleContext, _ view: SentenceView, cue key: String, _ predicate: Predicate,
                        objects: Set<EntityKind>, rule: String, date: [String: String]) {
        for cue in view.find(lexicon.cues(key)) {
            guard let subject = view.before(cue.lowerBound, Self.actors),
                  let object = view.after(cue.upperBound, objects), object.tokens.lowerBound <= cue.upperBound + 5 else { continue }
            context.relate(subject.entity, predicate, object.entity, rule: rule, sentence: view.number, confidence: 0.6, attributes: date)
        }
    }
}
