/// Turns a `QueryResult` into text: an aligned table with a count line (for people), TSV
/// without a header (for `cut`, `sort` and friends), JSON (stable, keys sorted) or a DOT
/// diagram of the matched subgraph (for Graphviz).
public struct ResultFormatter {
    /// An output format of `kg query`.
    public enum Format: String, CaseIterable, Sendable {
        case table, json, tsv, dot
    }

    private let graph: Graph
    private let evidence: Bool

    /// Formats results of queries on `graph`; with `evidence`, each row is followed by the
    /// sentences supporting every relation it used.
    public init(graph: Graph, evidence: Bool = false) {
        self.graph = graph
        self.evidence = evidence
    }

    /// The result in `format`, ending in a newline (or empty for TSV without rows); `caption`
    /// titles a DOT diagram (the query, usually).
    public func format(_ result: QueryResult, as format: Format, caption: String? = nil) -> String {
        switch format {
        case .table: return table(result)
        case .tsv: return tsv(result)
        case .json: return JSONWriter.write(json(result))
        case .dot: return DOTExporter.export(result.subgraph(of: graph), options: DOTOptions(title: caption))
        }
    }

    /// The cells of a row: entity names, or the whole path as one cell.
    public func cells(of row: QueryRow, in result: QueryResult) -> [String] {
        result.isPath ? [pathText(row)] : row.values.map(graph.name(of:))
    }

    private func table(_ result: QueryResult) -> String {
        if let count = result.count { return "count\n-----\n\(count)\n" }
        var lines: [String] = []
        let rows = result.rows.map { cells(of: $0, in: result) }
        if !result.columns.isEmpty && !rows.isEmpty {
            var widths = result.columns.map(\.count)
            for row in rows { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
            func line(_ cells: [String]) -> String {
                zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
                    .joined(separator: "  ").replacingTrailingSpaces()
            }
            lines.append(line(result.columns))
            lines.append(line(widths.map { String(repeating: "-", count: $0) }))
            for (row, cells) in zip(result.rows, rows) {
                lines.append(line(cells))
                if evidence { lines += row.edges.flatMap(evidenceLines) }
            }
        } else if evidence {
            lines += result.rows.flatMap { $0.edges.flatMap(evidenceLines) }
        }
        let noun = result.isPath ? "path" : result.columns.isEmpty ? "match" : "row"
        lines.append("\(result.rows.count) \(noun)\(result.rows.count == 1 ? "" : (noun == "match" ? "es" : "s"))")
        return lines.joined(separator: "\n") + "\n"
    }

    private func evidenceLines(_ relation: Int) -> [String] {
        let header = "    " + relationText(relation)
        let sentences = graph.relations[relation].evidence.map { "      \($0.doc)@\($0.start)-\($0.end): \($0.text)" }
        return [header] + (sentences.isEmpty ? ["      (no evidence recorded)"] : sentences)
    }

    private func tsv(_ result: QueryResult) -> String {
        if let count = result.count { return "\(count)\n" }
        var lines: [String] = []
        for row in result.rows {
            if !result.columns.isEmpty { lines.append(cells(of: row, in: result).map(tsvField).joined(separator: "\t")) }
            guard evidence else { continue }
            for relation in row.edges {
                let fact = graph.relations[relation]
                let ends = [graph.name(of: graph.subject(of: relation)), fact.predicate.rawValue, graph.name(of: graph.object(of: relation))]
                for item in fact.evidence {
                    lines.append(([""] + ends + [item.doc, String(item.start), String(item.end), item.text]).map(tsvField).joined(separator: "\t"))
                }
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    private func tsvField(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    private func json(_ result: QueryResult) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("columns", .array(result.columns.map(JSONValue.string)))]
        if let count = result.count { pairs.append(("count", .number(Double(count)))) }
        pairs.append(("notices", .array(result.notices.map(JSONValue.string))))
        if result.count == nil {
            pairs.append(("rows", .array(result.rows.map { row in
                .object([("relations", .array(row.edges.map(relationJSON))), ("values", .array(row.values.map(entityJSON)))])
            })))
        }
        return .object(pairs)
    }

    private func entityJSON(_ position: Int) -> JSONValue {
        .object([("id", .string(graph.id(of: position))), ("kind", .string(graph.kind(of: position).rawValue)),
                 ("name", .string(graph.name(of: position)))])
    }

    private func relationJSON(_ position: Int) -> JSONValue {
        let relation = graph.relations[position]
        var pairs: [(String, JSONValue)] = []
        if !relation.attributes.isEmpty {
            pairs.append(("attributes", .object(relation.attributes.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
        }
        if evidence {
            pairs.append(("evidence", .array(relation.evidence.map { item in
                .object([("doc", .string(item.doc)), ("end", .number(Double(item.end))),
                         ("start", .number(Double(item.start))), ("text", .string(item.text))])
            })))
        }
        pairs += [("object", .string(relation.object)), ("predicate", .string(relation.predicate.rawValue)),
                  ("subject", .string(relation.subject))]
        return .object(pairs)
    }

    /// "Amara Okafor -> recommended -> fresh leadership".
    private func relationText(_ relation: Int) -> String {
        "\(graph.name(of: graph.subject(of: relation))) -> \(graph.predicate(of: relation).rawValue) -> \(graph.name(of: graph.object(of: relation)))"
    }

    /// A path in query syntax, each relation's arrow pointing from its subject to its object:
    /// "Amara Okafor <- commissioned <- Tom Harding -> leads -> Communities Department".
    private func pathText(_ row: QueryRow) -> String {
        var text = graph.name(of: row.values[0])
        for (step, relation) in row.edges.enumerated() {
            let arrow = graph.subject(of: relation) == row.values[step] ? "->" : "<-"
            text += " \(arrow) \(graph.predicate(of: relation).rawValue) \(arrow) \(graph.name(of: row.values[step + 1]))"
        }
        return text
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
