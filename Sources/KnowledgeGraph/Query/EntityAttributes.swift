/// Entity attributes as `where ?x.attribute` sees them: the entity's own attributes plus
/// `name`, `kind` and `id`.
enum EntityAttributes {
    /// True when the entity at `position` has the condition's attribute and it compares as asked.
    static func holds(_ condition: QueryPlan.Condition, for position: Int, in graph: Graph) -> Bool {
        let value: String?
        switch condition.attribute {
        case "name": value = graph.name(of: position)
        case "kind": value = graph.kind(of: position).rawValue
        case "id": value = graph.id(of: position)
        default: value = graph.entities[position].attributes[condition.attribute]
        }
        return value.map { AttributeComparison.holds($0, condition.comparison, condition.value) } ?? false
    }
}
