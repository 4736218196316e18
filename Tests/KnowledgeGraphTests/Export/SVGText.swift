import Foundation

/// Reads back what Graphviz drew: the text of each node and edge of an SVG, unescaped.
struct SVGText {
    /// Per node or edge `<title>` (the DOT id, e.g. `n3` or `n1->n2`): its label lines and tooltip.
    let items: [String: (lines: [String], tooltip: String?)]

    init(_ svg: String) {
        var items: [String: (lines: [String], tooltip: String?)] = [:]
        // Each node, edge and cluster starts with its <title>; what follows, up to the next
        // <title>, is drawn for it.
        for chunk in svg.components(separatedBy: "<title>").dropFirst() {
            guard let end = chunk.range(of: "</title>") else { continue }
            let body = String(chunk[end.upperBound...])
            let lines = SVGText.between(body, "<text", "</text>").compactMap { element in
                element.firstIndex(of: ">").map { SVGText.unescaped(String(element[element.index(after: $0)...])) }
            }
            let tooltip = SVGText.between(body, "xlink:title=\"", "\"").first.map(SVGText.unescaped)
            items[SVGText.unescaped(String(chunk[..<end.lowerBound]))] = (lines, tooltip)
        }
        self.items = items
    }

    private static func between(_ text: String, _ start: String, _ end: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.range(of: start), let close = rest[open.upperBound...].range(of: end) {
            found.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// XML text with its entity and character references resolved.
    static func unescaped(_ text: String) -> String {
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let name = rest[rest.index(after: amp)..<semi]
            switch name {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let digits = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst(), radix: 10)
                if let digits, let scalar = Unicode.Scalar(digits) { result.unicodeScalars.append(scalar) } else { result += "&\(name);" }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return result + rest
    }
}
