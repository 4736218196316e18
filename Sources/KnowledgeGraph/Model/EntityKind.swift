/// The six kinds of entity the graph holds (SCHEMA.md, "Entity kinds").
///
/// The raw value is the lower-case name used in JSON, queries and exports.
public enum EntityKind: String, CaseIterable, Sendable, Comparable, Codable {
    case person, body, report, event, place, concept

    /// Orders kinds by their declaration order, so listings group people first.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
