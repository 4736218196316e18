/// The twenty relation predicates of SCHEMA.md, each directed subject → object.
///
/// The raw value is the exact spelling used in JSON and in queries.
public enum Predicate: String, CaseIterable, Sendable, Comparable, Codable {
    case appointed
    case authored
    case commissioned
    case criticised
    case found
    case handedBack = "handed_back"
    case inspected
    case investigated
    case ledTo = "led_to"
    case leads
    case locatedIn = "located_in"
    case memberOf = "member_of"
    case participatedIn = "participated_in"
    case partOf = "part_of"
    case published
    case rated
    case recommended
    case resignedFrom = "resigned_from"
    case spokeTo = "spoke_to"
    case tookOver = "took_over"

    /// Orders predicates by their spelling, as the exchange format sorts relations.
    public static func < (lhs: Predicate, rhs: Predicate) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The kinds SCHEMA.md allows as subject; used by the extractor to reject ill-typed edges.
    public var subjectKinds: Set<EntityKind> { Predicate.signatures[self]!.subjects }

    /// The kinds SCHEMA.md allows as object.
    public var objectKinds: Set<EntityKind> { Predicate.signatures[self]!.objects }

    /// A one-line description of the predicate, shown by `:schema` and in docs.
    public var summary: String { Predicate.signatures[self]!.summary }

    private static let signatures: [Predicate: (subjects: Set<EntityKind>, objects: Set<EntityKind>, summary: String)] = [
        .authored: ([.person, .body], [.report], "wrote a report"),
        .commissioned: ([.person, .body], [.report, .person], "asked for a report or an inquiry"),
        .published: ([.person, .body], [.report], "made a report public"),
        .found: ([.report, .person, .body], [.concept, .body], "a finding of a report or an inquiry"),
        .recommended: ([.person, .report, .body], [.concept, .event], "called for a change or an action"),
        .criticised: ([.person, .report, .body], [.person, .body, .report], "criticised, slammed"),
        .rated: ([.body, .report], [.body], "gave an inspection rating (attribute rating)"),
        .inspected: ([.person, .body], [.body], "inspected or was sent in to inspect"),
        .investigated: ([.body, .person], [.body, .event], "investigated"),
        .leads: ([.person], [.body], "leads a body (attribute role)"),
        .memberOf: ([.person, .body], [.body], "is a member of or works for (attribute role)"),
        .partOf: ([.body], [.body], "is a part of a larger body"),
        .resignedFrom: ([.person, .body], [.body], "resigned, stood down, quit"),
        .appointed: ([.person, .body], [.person], "appointed someone (attribute role)"),
        .tookOver: ([.person, .body], [.body], "took over the running of a body"),
        .handedBack: ([.person, .body], [.body], "handed powers back to a body"),
        .ledTo: ([.report, .event], [.event], "caused or was followed by an event"),
        .participatedIn: ([.person, .body], [.event], "took part in an event (attribute role)"),
        .spokeTo: ([.person], [.body], "spoke to a newspaper or broadcaster"),
        .locatedIn: ([.body, .event], [.place], "is located in a place"),
    ]
}
