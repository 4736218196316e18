/// One RDF term, with its spelling in N-Triples (and in Turtle, where prefixes may shorten IRIs).
public enum RDFTerm: Hashable, Sendable {
    /// An absolute IRI, already percent-encoded where needed.
    case iri(String)
    /// A blank node label (letters and digits only).
    case blank(String)
    /// A literal, plain or with a datatype IRI.
    case literal(String, datatype: String? = nil)

    /// The N-Triples spelling: `<iri>`, `_:label`, `"text"` or `"text"^^<type>`.
    public var nTriples: String {
        switch self {
        case .iri(let iri): "<\(iri)>"
        case .blank(let label): "_:\(label)"
        case .literal(let text, let datatype): RDFTerm.quoted(text) + (datatype.map { "^^<\($0)>" } ?? "")
        }
    }

    /// `text` as an RDF string literal: quotes, backslashes and line breaks escaped as ECHARs,
    /// other control characters as `\uXXXX`; everything else stays UTF-8.
    public static func quoted(_ text: String) -> String {
        EscapedLiteral.quoted(text, delimiter: "\"")
    }

    /// `text` made safe as the last segment of an IRI: every byte outside `A-Z a-z 0-9 - . _ ~`
    /// is percent-encoded (UTF-8), so ids and attribute names from any graph file stay valid.
    public static func iriSegment(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || "-._~".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

/// One statement: subject, predicate, object.
public struct RDFTriple: Hashable, Sendable {
    /// The subject (an IRI or a blank node).
    public let subject: RDFTerm
    /// The predicate IRI.
    public let predicate: RDFTerm
    /// The object.
    public let object: RDFTerm
}

extension String {
    /// The string with leading zeros up to `width` characters.
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
