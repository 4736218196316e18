import Foundation

extension ReplSession {
    /// `:load`: reads articles (extracting them) and saved `.json` graphs, and merges them
    /// into the session's graph, reporting what was added.
    mutating func load(_ paths: [String]) -> ReplResponse {
        var response = ReplResponse()
        let graphFiles = paths.filter { $0.lowercased().hasSuffix(".json") }
        let articlePaths = paths.filter { !$0.lowercased().hasSuffix(".json") }
        var builder = GraphBuilder()
        builder.merge(graph)
        do {
            for file in graphFiles { builder.merge(try GraphFile.load(file)) }
            if !articlePaths.isEmpty {
                let (sources, problems) = CorpusReader.read(articlePaths)
                response.messages += problems.map { .init("warning: \($0)", stream: .diagnostic) }
                if sources.isEmpty, graphFiles.isEmpty {
                    response.append(.failure("no article could be read; nothing loaded"))
                    return response
                }
                builder.merge(try Extractor().extract(sources))
            }
            let merged = try builder.build()
            let before = GraphCounts(graph)
            let after = GraphCounts(merged)
            graph = merged
            let added = GraphCounts(documents: after.documents - before.documents, entities: after.entities - before.entities,
                                    relations: after.relations - before.relations)
            response.messages.append(.init("added \(added); now \(after)"))
        } catch {
            response.append(.failure("\(error)"))
        }
        return response
    }

    /// `:export FORMAT FILE`: the last result's subgraph, or the whole graph before any result.
    func export(_ words: [String]) -> ReplResponse {
        guard words.count == 2 else { return usage("export", "give a format and a file") }
        guard let format = ExportFormat(rawValue: words[0].lowercased()) else {
            return usage("export", "unknown format '\(words[0])' (formats: \(ReplExport.formats.joined(separator: ", ")))")
        }
        do {
            let (subgraph, what) = selection()
            try ReplExport.write(subgraph, format: format, to: words[1])
            return .output("wrote \(what) (\(GraphCounts(subgraph))) to \(words[1])")
        } catch {
            return .failure("\(error)")
        }
    }

    /// `:source FILE`: runs the file's lines as if typed, stopping at the first failure.
    mutating func source(_ path: String) -> ReplResponse {
        guard sourceDepth < ReplSession.maximumSourceDepth else {
            return .failure("\(path): :source files nest more than \(ReplSession.maximumSourceDepth) deep; does one source itself?")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return .failure(FileError(path: path, message: "cannot be read; give a UTF-8 file of queries and commands").description)
        }
        var response = ReplResponse()
        sourceDepth += 1
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let succeeded = ScriptRunner(stopAtFirstFailure: true).run(lines, in: &self) { response.messages.append($0) }
        sourceDepth -= 1
        response.success = succeeded
        return response
    }

    /// `:render FILE`: draws what `:export` would write with Graphviz, in the format the
    /// file's extension names.
    func render(_ words: [String]) -> ReplResponse {
        guard words.count == 1 else { return usage("render", "give one file") }
        let path = words[0]
        guard let format = ImageFormat(rawValue: (path as NSString).pathExtension.lowercased()) else {
            return usage("render", "end the file name in .svg, .png or .pdf")
        }
        do {
            let (subgraph, what) = selection()
            try ReplExport.render(subgraph, format: format, to: path)
            return .output("rendered \(what) (\(GraphCounts(subgraph))) to \(path)")
        } catch {
            return .failure("\(error)")
        }
    }

    /// The graph `:export` and `:render` write, and how to describe it.
    func selection() -> (Graph, String) {
        guard let lastResult else { return (graph, "the whole graph") }
        return (lastResult.graph(in: graph), "the last result")
    }
}
