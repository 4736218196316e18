/// Converts graphs to and from SCHEMA.md's exchange format.
public enum GraphJSON {
    /// The graph as SCHEMA.md JSON text: keys in schema order, arrays sorted, ending in a newline.
    public static func encode(_ graph: Graph) -> String { JSONWriter.write(value(of: graph)) }

    /// The graph as a `JSONValue`, for callers that embed it.
    public static func value(of graph: Graph) -> JSONValue {
        .object([
            ("documents", .array(graph.documents.map { document in
                .object([("id", .string(document.id)), ("path", .string(document.path)), ("title", .string(document.title))])
            })),
            ("entities", .array(graph.entities.map(value(of:)))),
            ("relations", .array(graph.relations.map(value(of:)))),
        ])
    }

    /// One entity in exchange form.
    public static func value(of entity: Entity) -> JSONValue {
        .object([
            ("id", .string(entity.id)),
            ("kind", .string(entity.kind.rawValue)),
            ("name", .string(entity.name)),
            ("aliases", .array(entity.aliases.map(JSONValue.string))),
            ("attributes", attributes(entity.attributes)),
            ("mentions", .array(entity.mentions.map { mention in
                .object([("doc", .string(mention.doc)), ("start", .number(Double(mention.start))), ("end", .number(Double(mention.end)))])
            })),
        ])
    }

    /// One relation in exchange form.
    public static func value(of relation: Relation) -> JSONValue {
        .object([
            ("subject", .string(relation.subject)),
            ("predicate", .string(relation.predicate.rawValue)),
            ("object", .string(relation.object)),
            ("attributes", attributes(relation.attributes)),
            ("confidence", .number((relation.confidence * 100).rounded() / 100)),
            ("rule", .string(relation.rule)),
            ("evidence", .array(relation.evidence.map { evidence in
                .object([("doc", .string(evidence.doc)), ("start", .number(Double(evidence.start))),
                         ("end", .number(Double(evidence.end))), ("text", .string(evidence.text))])
            })),
        ])
    }

    private static func attributes(_ attributes: [String: String]) -> JSONValue {
        .object(attributes.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }

    /// Reads a graph from exchange-format text. Gold files (no mentions, evidence or
    /// confidence) are accepted too. Errors name the JSON path of the bad element.
    public static func decode(_ text: String) throws -> Graph {
        let root: JSONValue
        do {
            root = try JSONParser.parse(text)
        } catch let error as JSONParseError {
            throw GraphDecodingError(path: "", message: error.description)
        }
        guard root.objectValue != nil else { throw GraphDecodingError(path: "", message: "expected a JSON object with 'entities' and 'relations'") }
        let documents = try list(root, "documents", required: false).enumerated().map { index, item in
            let path = "documents[\(index)]"
            return Document(id: try string(item, "id", path), path: try string(item, "path", path, default: ""),
                            title: try string(item, "title", path, default: ""))
        }
        let entities = try list(root, "entities", required: true).enumerated().map { index, item in
            let path = "entities[\(index)]"
            let kindName = try string(item, "kind", path)
            guard let kind = EntityKind(rawValue: kindName) else {
                throw GraphDecodingError(path: path + ".kind", message: "unknown kind '\(kindName)'; expected one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let mentions = try (item["mentions"]?.arrayValue ?? []).enumerated().map { mentionIndex, mention in
                let mentionPath = "\(path).mentions[\(mentionIndex)]"
                return Mention(doc: try string(mention, "doc", mentionPath), start: try integer(mention, "start", mentionPath),
                               end: try integer(mention, "end", mentionPath))
            }
            return Entity(id: try string(item, "id", path), kind: kind, name: try string(item, "name", path),
                          aliases: try strings(item, "aliases", path), attributes: try attributes(item, path),
                          mentions: mentions)
        }
        let relations = try list(root, "relations", required: true).enumerated().map { index, item in
            let path = "relations[\(index)]"
            let predicateName = try string(item, "predicate", path)
            guard let predicate = Predicate(rawValue: predicateName) else {
                let hint = NameSuggester.suggestions(for: predicateName, among: Predicate.allCases.map(\.rawValue), limit: 1)
                throw GraphDecodingError(path: path + ".predicate", message: "unknown predicate '\(predicateName)'" + (hint.first.map { "; did you mean '\($0)'?" } ?? ""))
            }
            let evidence = try (item["evidence"]?.arrayValue ?? []).enumerated().map { evidenceIndex, entry in
                let evidencePath = "\(path).evidence[\(evidenceIndex)]"
                return Evidence(doc: try string(entry, "doc", evidencePath), start: try integer(entry, "start", evidencePath),
                                end: try integer(entry, "end", evidencePath), text: try string(entry, "text", evidencePath, default: ""))
            }
            return Relation(subject: try string(item, "subject", path), predicate: predicate, object: try string(item, "object", path),
                            attributes: try attributes(item, path), confidence: item["confidence"]?.numberValue ?? 1,
                            rule: try string(item, "rule", path, default: ""), evidence: evidence)
        }
        do {
            return try Graph(documents: documents, entities: entities, relations: relations)
        } catch let error as GraphError {
            throw GraphDecodingError(path: "", message: error.description)
        }
    }

    private static func list(_ value: JSONValue, _ key: String, required: Bool) throws -> [JSONValue] {
        guard let member = value[key] else {
            if required { throw GraphDecodingError(path: key, message: "missing") }
            return []
        }
        guard let elements = member.arrayValue else { throw GraphDecodingError(path: key, message: "expected an array") }
        return elements
    }

    private static func string(_ value: JSONValue, _ key: String, _ path: String, default fallback: String? = nil) throws -> String {
        guard let member = value[key] else {
            if let fallback { return fallback }
            throw GraphDecodingError(path: "\(path).\(key)", message: "missing")
        }
        guard let text = member.stringValue else { throw GraphDecodingError(path: "\(path).\(key)", message: "expected a string") }
        return text
    }

    private static func integer(_ value: JSONValue, _ key: String, _ path: String) throws -> Int {
        guard let number = value[key]?.numberValue, number == number.rounded(), number >= 0 else {
            throw GraphDecodingError(path: "\(path).\(key)", message: "expected a non-negative integer")
        }
        return Int(number)
    }

    private static func strings(_ value: JSONValue, _ key: String, _ path: String) throws -> [String] {
        guard let member = value[key] else { return [] }
        guard let elements = member.arrayValue else { throw GraphDecodingError(path: "\(path).\(key)", message: "expected an array of strings") }
        return try elements.enumerated().map { index, element in
            guard let text = element.stringValue else { throw GraphDecodingError(path: "\(path).\(key)[\(index)]", message: "expected a string") }
            return text
        }
    }

    private static func attributes(_ value: JSONValue, _ path: String) throws -> [String: String] {
        guard let member = value["attributes"] else { return [:] }
        guard let pairs = member.objectValue else { throw GraphDecodingError(path: "\(path).attributes", message: "expected an object") }
        var result: [String: String] = [:]
        for (key, element) in pairs {
            switch element {
            case .string(let text): result[key] = text
            case .number(let number): result[key] = JSONWriter.format(number)
            case .bool(let flag): result[key] = flag ? "true" : "false"
            default: throw GraphDecodingError(path: "\(path).attributes.\(key)", message: "expected a string")
            }
        }
        return result
    }
}

/// A graph file that is valid JSON but not a valid graph, or not valid JSON at all.
public struct GraphDecodingError: Error, Equatable, CustomStringConvertible {
    /// Where in the document: `entities[3].kind`, or empty for the whole file.
    public let path: String
    /// What is wrong.
    public let message: String

    /// "entities[3].kind: unknown kind 'persn'".
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
