/// Writes a graph as RDF, in Turtle or N-Triples, for triple stores and SPARQL.
///
/// Entities live in one namespace (`BASE/entity/ID`), and predicates, kinds (as classes) and
/// attribute properties in another (`BASE/vocabulary/`). Names are `rdfs:label`, aliases
/// `skos:altLabel`. Each relation is a direct triple, and also an `rdf:Statement` (standard
/// reification) carrying its attributes, confidence, rule and evidence sentences.
public struct RDFExporter: Sendable {
    /// The base used when `--base` is not given.
    public static let defaultBase = "https://example.org/kg/"

    private static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    private static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    private static let skos = "http://www.w3.org/2004/02/skos/core#"
    private static let xsd = "http://www.w3.org/2001/XMLSchema#"

    /// Namespace of entity IRIs.
    public let entityNamespace: String
    /// Namespace of predicates, classes and attribute properties.
    public let vocabularyNamespace: String

    /// An exporter whose namespaces hang from `base` (an absolute IRI ending in `/` or `#`).
    public init(base: String = RDFExporter.defaultBase) {
        entityNamespace = base + "entity/"
        vocabularyNamespace = base + "vocabulary/"
    }

    /// `base` if it can root the namespaces; otherwise an `ExportOptionError` saying why.
    public static func checkedBase(_ base: String) throws -> String {
        let forbidden = " <>\"{}|^`\\"
        guard base.contains(":"), base.hasSuffix("/") || base.hasSuffix("#"),
              !base.unicodeScalars.contains(where: { $0.value <= 0x20 || forbidden.unicodeScalars.contains($0) }) else {
            throw ExportOptionError("--base needs an absolute IRI ending in '/' or '#', such as \(defaultBase), not '\(base)'")
        }
        return base
    }

    /// Every triple of `graph`, in a fixed order: each entity's description, then each
    /// relation and its statement.
    public func triples(_ graph: Graph) -> [RDFTriple] {
        var triples: [RDFTriple] = []
        for entity in graph.entities {
            let node = RDFTerm.iri(entityNamespace + RDFTerm.iriSegment(entity.id))
            triples.append(RDFTriple(subject: node, predicate: .iri(Self.rdf + "type"), object: vocabulary(className(entity.kind))))
            triples.append(RDFTriple(subject: node, predicate: .iri(Self.rdfs + "label"), object: .literal(entity.name)))
            for alias in entity.aliases {
                triples.append(RDFTriple(subject: node, predicate: .iri(Self.skos + "altLabel"), object: .literal(alias)))
            }
            for (name, value) in entity.attributes.sorted(by: { $0.key < $1.key }) {
                triples.append(RDFTriple(subject: node, predicate: vocabulary(name), object: .literal(value)))
            }
        }
        for (position, relation) in graph.relations.enumerated() {
            let subject = RDFTerm.iri(entityNamespace + RDFTerm.iriSegment(graph.entities[graph.subject(of: position)].id))
            let object = RDFTerm.iri(entityNamespace + RDFTerm.iriSegment(graph.entities[graph.object(of: position)].id))
            let predicate = vocabulary(relation.predicate.rawValue)
            let statement = RDFTerm.blank("r\(position + 1)")
            triples.append(RDFTriple(subject: subject, predicate: predicate, object: object))
            var about: [(RDFTerm, RDFTerm)] = [
                (.iri(Self.rdf + "type"), .iri(Self.rdf + "Statement")), (.iri(Self.rdf + "subject"), subject),
                (.iri(Self.rdf + "predicate"), predicate), (.iri(Self.rdf + "object"), object),
                (vocabulary("confidence"), .literal(String(relation.confidence), datatype: Self.xsd + "double")),
            ]
            if !relation.rule.isEmpty { about.append((vocabulary("rule"), .literal(relation.rule))) }
            for evidence in relation.evidence {
                about.append((vocabulary("evidence"), .literal(evidence.text)))
            }
            for document in Set(relation.evidence.map(\.doc)).sorted() {
                about.append((vocabulary("document"), .literal(document)))
            }
            for (name, value) in relation.attributes.sorted(by: { $0.key < $1.key }) {
                about.append((vocabulary(propertyName(name, avoiding: ["confidence", "rule", "evidence", "document"])), .literal(value)))
            }
            triples += about.map { RDFTriple(subject: statement, predicate: $0.0, object: $0.1) }
        }
        return triples
    }

    /// The graph as N-Triples: one triple per line, full IRIs.
    public func nTriples(_ graph: Graph) -> String {
        triples(graph).map { "\($0.subject.nTriples) \($0.predicate.nTriples) \($0.object.nTriples) ." }.joined(separator: "\n") + "\n"
    }

    /// The graph as Turtle: the same triples with prefixes, grouped by subject.
    public func turtle(_ graph: Graph) -> String {
        let prefixes = [("rdf", Self.rdf), ("rdfs", Self.rdfs), ("skos", Self.skos), ("xsd", Self.xsd),
                        ("kg", vocabularyNamespace), ("e", entityNamespace)]
        var lines = ["# kg: \(graph.entities.count) entities, \(graph.relations.count) relations"]
        lines += prefixes.map { "@prefix \($0.0): <\($0.1)> ." }
        let all = triples(graph)
        var index = 0
        while index < all.count {
            let subject = all[index].subject
            var end = index
            while end < all.count, all[end].subject == subject { end += 1 }
            lines.append("")
            lines.append(turtle(subject, prefixes) + " " + predicateList(all[index..<end], prefixes))
            index = end
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func predicateList(_ triples: ArraySlice<RDFTriple>, _ prefixes: [(String, String)]) -> String {
        var groups: [(RDFTerm, [RDFTerm])] = []
        for triple in triples {
            if let last = groups.last, last.0 == triple.predicate {
                groups[groups.count - 1].1.append(triple.object)
            } else {
                groups.append((triple.predicate, [triple.object]))
            }
        }
        let parts = groups.map { predicate, objects in
            let verb = predicate == .iri(Self.rdf + "type") ? "a" : turtle(predicate, prefixes)
            return verb + " " + objects.map { turtle($0, prefixes) }.joined(separator: ", ")
        }
        return parts.joined(separator: " ;\n    ") + " ."
    }

    /// A term in Turtle: a prefixed name when the IRI's rest is a plain local name.
    private func turtle(_ term: RDFTerm, _ prefixes: [(String, String)]) -> String {
        switch term {
        case .iri(let iri):
            for (prefix, namespace) in prefixes where iri.hasPrefix(namespace) {
                let local = iri.dropFirst(namespace.count)
                if let first = local.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first),
                   local.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }) {
                    return "\(prefix):\(local)"
                }
            }
            return term.nTriples
        case .literal(let text, let datatype) where datatype == Self.xsd + "double":
            return RDFTerm.quoted(text) + "^^xsd:double"
        default:
            return term.nTriples
        }
    }

    private func vocabulary(_ local: String) -> RDFTerm { .iri(vocabularyNamespace + RDFTerm.iriSegment(local)) }

    private func className(_ kind: EntityKind) -> String { kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst() }
}
