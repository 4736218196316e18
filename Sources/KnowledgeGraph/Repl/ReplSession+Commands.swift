import Foundation

extension ReplSession {
    /// Runs a colon command with the text after its name.
    mutating func run(_ command: SessionCommand, arguments text: String) -> ReplResponse {
        let words: [String]
        do {
            words = try CommandWords.split(text)
        } catch {
            return usage(command.name, "\(error)")
        }
        switch command.name {
        case "help": return help(words)
        case "load": return words.isEmpty ? usage("load", "give one or more paths") : timed { $0.load(words) }
        case "stats": return noArguments(words, "stats") ?? .output(GraphSummary.statistics(of: graph))
        case "schema": return noArguments(words, "schema") ?? .output(GraphSummary.schema())
        case "entities": return entities(words)
        case "show": return words.isEmpty ? usage("show", "give an entity name") : show(words.joined(separator: " "))
        case "why": return noArguments(words, "why") ?? why()
        case "export": return export(words)
        case "render": return render(words)
        case "format": return setFormat(words)
        case "timing": return setTiming(words)
        case "save": return save(words)
        case "source": return words.count == 1 ? source(words[0]) : usage("source", "give one file")
        case "quit": return quit(words)
        default: return unknownCommand(":" + command.name)
        }
    }

    private mutating func quit(_ words: [String]) -> ReplResponse {
        if let problem = noArguments(words, "quit") { return problem }
        isFinished = true
        return ReplResponse()
    }

    private func noArguments(_ words: [String], _ command: String) -> ReplResponse? {
        words.isEmpty ? nil : usage(command, "':\(command)' takes no arguments")
    }

    private func help(_ words: [String]) -> ReplResponse {
        guard let name = words.first else {
            var lines = ["commands:"]
            lines += TextColumns.align(SessionCommand.all.map { ["  " + $0.usage, $0.summary] })
            lines += ["", "Any other line is a query, e.g. Casey -> recommended -> ?",
                      "A line ending in \\ or with an open quote or bracket continues on the next (...>).",
                      "Keys: Tab completes; Up/Down and Ctrl-R search history; Ctrl-C clears the line; Ctrl-D quits."]
            return .output(lines.joined(separator: "\n"))
        }
        guard words.count == 1, let command = SessionCommand.named(name) else {
            return words.count == 1 ? unknownCommandHelp(name) : usage("help", "give at most one command")
        }
        let lines = [command.usage, "  " + command.summary] + (command.details.isEmpty ? [] : ["  " + command.details])
        return .output(lines.joined(separator: "\n"))
    }

    private func unknownCommandHelp(_ name: String) -> ReplResponse {
        let hint = NameSuggester.suggestions(for: name, among: SessionCommand.all.map(\.name), limit: 1).first
        return .failure("no command '\(name)'" + (hint.map { "; did you mean \($0)?" } ?? "; :help lists the commands"))
    }

    private func entities(_ words: [String]) -> ReplResponse {
        var remaining = words
        var kind: EntityKind?
        if let first = remaining.first, let named = EntityKind(rawValue: first.lowercased()) {
            kind = named
            remaining.removeFirst()
        }
        let prefix = remaining.joined(separator: " ")
        if kind == nil, !prefix.isEmpty, GraphSummary.matchingEntities(of: graph, kind: nil, prefix: prefix).isEmpty,
           let hint = NameSuggester.suggestions(for: words[0], among: EntityKind.allCases.map(\.rawValue), limit: 1).first {
            return .failure("no entity starts with '\(prefix)' and '\(words[0])' is not a kind; did you mean \(hint)?")
        }
        return .output(GraphSummary.entities(of: graph, kind: kind, prefix: prefix))
    }

    private mutating func show(_ name: String) -> ReplResponse {
        var positions = graph.positions(named: name)
        if positions.isEmpty {
            do {
                positions = [try EntityResolver(graph: graph).resolve(name, kind: nil, at: 0..<name.count)]
            } catch {
                return .failure(error.message)
            }
        }
        var cards = positions.map { EntityCard(position: $0, graph: graph) }
        cards.sort { $0.graph.entities[$0.position].kind < $1.graph.entities[$1.position].kind }
        lastResult = cards.count == 1 ? cards[0].subgraph : ResultSubgraph(
            entityIDs: cards.flatMap(\.subgraph.entityIDs), relationKeys: cards.flatMap(\.subgraph.relationKeys),
            origin: "the cards named '\(name)'")
        var texts = cards.map(\.text)
        if cards.count > 1 { texts.insert("\(cards.count) entities are named '\(name)':", at: 0) }
        return .output(texts.joined(separator: "\n\n"))
    }

    private func why() -> ReplResponse {
        guard let lastResult else { return .failure("nothing to explain yet; run a query or :show first") }
        return .output(lastResult.evidenceReport(in: graph))
    }

    private mutating func setFormat(_ words: [String]) -> ReplResponse {
        guard words.count <= 1 else { return usage("format", "give one format") }
        guard let word = words.first else { return .output("format: \(format.rawValue)") }
        guard let chosen = ResultFormatter.Format(rawValue: word.lowercased()) else {
            return usage("format", "unknown format '\(word)'")
        }
        format = chosen
        return .output("format: \(chosen.rawValue)")
    }

    private mutating func setTiming(_ words: [String]) -> ReplResponse {
        guard words.count <= 1 else { return usage("timing", "give on or off") }
        guard let word = words.first else { return .output("timing: \(showsTiming ? "on" : "off")") }
        switch word.lowercased() {
        case "on": showsTiming = true
        case "off": showsTiming = false
        default: return usage("timing", "unknown setting '\(word)'")
        }
        return .output("timing: \(showsTiming ? "on" : "off")")
    }

    private func save(_ words: [String]) -> ReplResponse {
        guard words.count == 1 else { return usage("save", "give one file") }
        do {
            try GraphFile.save(graph, to: words[0])
            return .output("saved \(GraphCounts(graph)) to \(words[0])")
        } catch {
            return .failure("\(error)")
        }
    }
}
