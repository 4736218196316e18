/// Accumulates entities and relations, merging entities that name the same referent,
/// then freezes them into an indexed `Graph` with stable ids.
///
/// Entities of the same kind merge when the canonical name of one folds to the name or an
/// alias of the other (across documents: "Okafor" joins "Amara Okafor"). Ids are assigned only
/// in `build()`, from the final canonical names, so they do not depend on the order of input.
public struct GraphBuilder: Sendable {
    /// A reference to an entity under construction.
    public typealias Handle = Int

    private struct Draft: Sendable {
        var kind: EntityKind
        var name: String
        var aliases: Set<String>
        var attributes: [String: String]
        var mentions: Set<Mention>
        var fixedID: String?
    }

    private var drafts: [Draft] = []
    private var handleByKey: [String: Handle] = [:]
    private var relations: [(subject: Handle, relation: Relation)] = []
    private var objects: [Handle] = []
    private var documents: [Document] = []

    /// An empty builder.
    public init() {}

    /// Records a source document.
    public mutating func addDocument(_ document: Document) { documents.append(document) }

    /// Adds an entity, or merges it into an existing one of the same kind that shares a
    /// folded name or alias; returns the handle to use in `addRelation`.
    @discardableResult
    public mutating func addEntity(kind: EntityKind, name: String, aliases: [String] = [],
                                   attributes: [String: String] = [:], mentions: [Mention] = []) -> Handle {
        addDraft(Draft(kind: kind, name: name, aliases: Set(aliases), attributes: attributes,
                       mentions: Set(mentions), fixedID: nil))
    }

    /// Adds a relation between two handles returned by `addEntity`; the relation's own
    /// `subject` and `object` fields are ignored and filled in by `build()`.
    public mutating func addRelation(subject: Handle, object: Handle, _ relation: Relation) {
        relations.append((subject, relation))
        objects.append(object)
    }

    /// Adds every document, entity and relation of `graph`; entities keep their ids unless
    /// they merge into an entity already here.
    public mutating func merge(_ graph: Graph) {
        documents.append(contentsOf: graph.documents)
        var handles: [Handle] = []
        handles.reserveCapacity(graph.entities.count)
        for entity in graph.entities {
            handles.append(addDraft(Draft(kind: entity.kind, name: entity.name, aliases: Set(entity.aliases),
                                          attributes: entity.attributes, mentions: Set(entity.mentions),
                                          fixedID: entity.id)))
        }
        for (position, relation) in graph.relations.enumerated() {
            addRelation(subject: handles[graph.subject(of: position)], object: handles[graph.object(of: position)], relation)
        }
    }

    /// Freezes the builder into a graph: ids are derived from canonical names (made unique
    /// with the kind, then a number), relations are re-pointed and merged by key.
    public func build() throws -> Graph {
        var idByHandle: [Handle: String] = [:]
        var taken: Set<String> = []
        let live = Array(drafts.indices)
        // Entities that arrived with ids keep them; the rest are named in a stable order.
        for handle in live {
            if let id = drafts[handle].fixedID, taken.insert(id).inserted { idByHandle[handle] = id }
        }
        let unnamed = live.filter { idByHandle[$0] == nil }
            .sorted { (drafts[$0].name, drafts[$0].kind) < (drafts[$1].name, drafts[$1].kind) }
        for handle in unnamed {
            let base = NameFolding.slug(drafts[handle].name)
            var id = base
            if taken.contains(id) { id = "\(base)-\(drafts[handle].kind.rawValue)" }
            var counter = 2
            while taken.contains(id) {
                id = "\(base)-\(counter)"
                counter += 1
            }
            taken.insert(id)
            idByHandle[handle] = id
        }
        let entities = live.map { handle -> Entity in
            let draft = drafts[handle]
            var aliases = draft.aliases
            aliases.remove(draft.name)
            return Entity(id: idByHandle[handle]!, kind: draft.kind, name: draft.name, aliases: aliases.sorted(),
                          attributes: draft.attributes, mentions: draft.mentions.sorted())
        }
        var finished: [Relation] = []
        finished.reserveCapacity(relations.count)
        for (index, entry) in relations.enumerated() {
            var relation = entry.relation
            relation.subject = idByHandle[entry.subject]!
            relation.object = idByHandle[objects[index]]!
            relation.evidence.sort()
            finished.append(relation)
        }
        return try Graph(documents: documents, entities: entities, relations: finished)
    }

    private func keys(of draft: Draft) -> [String] {
        ([draft.name] + draft.aliases.sorted()).map { "\(draft.kind.rawValue):\(NameFolding.fold($0))" }
    }

    private mutating func addDraft(_ draft: Draft) -> Handle {
        let nameKey = "\(draft.kind.rawValue):\(NameFolding.fold(draft.name))"
        var match = handleByKey[nameKey]
        if match == nil {
            match = keys(of: draft).compactMap { handleByKey[$0] }.first { isShortForm(of: $0, draft) }
        }
        guard let existing = match else {
            drafts.append(draft)
            let handle = drafts.count - 1
            for key in keys(of: draft) where handleByKey[key] == nil { handleByKey[key] = handle }
            return handle
        }
        GraphBuilder.merge(draft, into: &drafts[existing])
        // The target's earlier names are registered already; only the draft's can be new.
        for key in keys(of: draft) where handleByKey[key] == nil { handleByKey[key] = existing }
        return existing
    }

    /// Merges `draft` into `target` in place, so that an entity mentioned thousands of times
    /// is not copied at every mention.
    private static func merge(_ draft: Draft, into target: inout Draft) {
        let fuller = draft.name.split(separator: " ").count > target.name.split(separator: " ").count
        if fuller {
            target.aliases.insert(target.name)
            target.name = draft.name
        } else if draft.name != target.name {
            target.aliases.insert(draft.name)
        }
        target.aliases.formUnion(draft.aliases)
        target.aliases.remove(target.name)
        target.attributes.merge(draft.attributes) { current, _ in current }
        target.mentions.formUnion(draft.mentions)
        if target.fixedID == nil { target.fixedID = draft.fixedID }
    }

    /// True when `draft`'s canonical name is one of the existing entity's names, or the
    /// existing entity's canonical name is one of `draft`'s aliases.
    private func isShortForm(of handle: Handle, _ draft: Draft) -> Bool {
        let existing = drafts[handle]
        let existingNames = Set(([existing.name] + existing.aliases).map(NameFolding.fold))
        if existingNames.contains(NameFolding.fold(draft.name)) { return true }
        return draft.aliases.map(NameFolding.fold).contains(NameFolding.fold(existing.name))
    }
}
