import Foundation

/// Names happenings by one convention, "<Trigger> of <participant> (<year>)", and gives each
/// the alias of its undated name, so that "Resignation of Ann Wood" and "Resignation of Ann
/// Wood (2016)" are one entity for queries and for other articles.
///
/// An undated happening ("Resignation of Ann Wood", "Ofsted inspection") takes the latest year
/// the article has named by its first mention: the year the article is talking about; one told
/// before any year is named stays undated. Named events ("the Westfield attack", a debate) keep
/// their names.
public struct EventAliases: Sendable {
    private static let nominalHeads: Set<String> = ["inspection", "investigation", "inquiry"]

    /// Creates the stage.
    public init() {}

    /// Dates undated happenings of `context` and adds every dated event's undated alias.
    public func add(_ context: inout ArticleContext) {
        mergeDebates(&context)
        for index in context.resolution.entities.indices where context.resolution.entities[index].kind == .event {
            shortenPartName(of: index, in: &context)
            let name = context.resolution.entities[index].name
            if let base = undated(name) {
                context.resolution.entities[index].aliases.insert(base)
            } else if isHappening(name), let year = year(around: index, in: context) {
                context.resolution.entities[index].name = "\(name) (\(year))"
                context.resolution.entities[index].aliases.insert(name)
            }
        }
    }

    /// One article's debates are one debate, named by its title when it has one: "a Barset FM
    /// debate" and "the Barset: What Now? debate" are the same programme.
    private func mergeDebates(_ context: inout ArticleContext) {
        let debates = context.resolution.entities.indices.filter {
            context.resolution.entities[$0].kind == .event && context.resolution.entities[$0].name.lowercased().hasSuffix(" debate")
        }
        func rank(_ debate: Int) -> (Int, Int, Int) {
            let name = context.resolution.entities[debate].name
            return (name.contains(":") || name.contains("?") ? 1 : 0, name.count, -debate)
        }
        guard let canonical = debates.max(by: { rank($0) < rank($1) }) else { return }
        for debate in debates { context.merge(event: debate, into: canonical) }
    }

    /// "Resignation of the Barset Metropolitan Borough Council cabinet" → "Resignation of the
    /// Barset cabinet": a part of a council is named by the council's place and the part, the
    /// long form kept as an alias.
    private func shortenPartName(of event: Int, in context: inout ArticleContext) {
        let name = context.resolution.entities[event].name
        for relation in context.relations where relation.object == event && relation.predicate == .participatedIn {
            guard let owner = context.relations.first(where: { $0.subject == relation.subject && $0.predicate == .partOf })?.object,
                  let place = context.resolution.homePlace[owner] else { continue }
            let part = context.resolution.entities[relation.subject].name
            let placeName = context.resolution.entities[place].name
            guard let ownerName = [context.resolution.entities[owner].name, "\(placeName) Council"].first(where: { part.hasPrefix($0 + " ") }),
                  let range = name.range(of: " of the " + part) else { continue }
            let short = "\(placeName) \(part.dropFirst(ownerName.count + 1))"
            context.resolution.entities[event].name = name.replacingCharacters(in: range, with: " of the " + short)
            context.resolution.entities[event].aliases.insert(name)
            return
        }
    }

    /// "Resignation of Ann Wood" for "Resignation of Ann Wood (2016)"; nil without a date suffix.
    private func undated(_ name: String) -> String? {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex,
              name[name.index(after: open)...].dropLast().allSatisfy({ $0.isNumber || $0 == "-" }) else { return nil }
        var base = name[..<open]
        while base.last == " " { base = base.dropLast() }
        return base.isEmpty ? nil : String(base)
    }

    /// True for "<Trigger> of <participant>" and "<Agent> inspection": names a year belongs to.
    private func isHappening(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.count >= 3 && words[1] == "of" || words.last.map { Self.nominalHeads.contains($0.lowercased()) } == true
    }

    /// The latest year the article has named up to the event's first mention (or first
    /// relation): news reports recent happenings. An event the article tells before naming any
    /// year stays undated: a year named later dates the background, not the news.
    private func year(around entity: Int, in context: ArticleContext) -> Substring? {
        let mentioned = context.resolution.mentions.indices.first { number in
            context.resolution.mentions[number].contains { $0.entity == entity } }
        let related = context.relations.filter { $0.subject == entity || $0.object == entity }.map(\.sentence).min()
        guard let sentence = mentioned ?? related else { return nil }
        return context.dates[...sentence].compactMap { $0?.prefix(4) }.max()
    }
}
