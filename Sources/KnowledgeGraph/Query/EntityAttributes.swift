/// Entity attributes as `where ?x.attribute` sees them: the entity's own attributes plus
/// `name`, `kind` and `id`.
enum EntityAttributes {
    /// True when the entity has the condition's attribute and it compares as asked.
    static func holds(_ condition: QueryPlan.Condition, for entity: Entity) -> Bool {
        let value: String?
        switch condition.attribute {
        case "name": value = entity.name
        case "kind": value = entity.kind.rawValue
        case "id": value = entity.id
        default: value = entity.attributes[condition.attribute]
        }
        return value.map { AttributeComparison.holds($0, condition.comparison, condition.value) } ?? false
    }
}
