import Foundation
import KnowledgeGraph

/// `kg generate`: synthetic graphs and corpora of any size, for benchmarks anyone can reproduce.
enum GenerateCommand {
    static let command = Command(name: "generate", summary: "generate a random graph or article corpus for benchmarks", usage: usage, run: run)

    static let usage = """
        usage: kg generate graph --entities N --relations M [--seed S] -o FILE
               kg generate corpus --articles N [--seed S] -o FOLDER

        graph:  a random graph in the six kinds and 20 predicates, endpoints Zipf-distributed
                (exponent 1.2) so hubs exist. FILE ending in .kgraph is a binary snapshot, else
                JSON. Also writes its TSV twin next to FILE: STEM.nodes.tsv (name, kind) and
                STEM.edges.tsv (source, predicate, target), which 'kg import' reads back.
        corpus: N articles recombined from the sentences of seeds/ with people, bodies and
                places replaced by invented names, written as FOLDER/article-00001.txt ...
        The same --seed (default 1) always gives the same output.
        """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let seed = try arguments.integer("--seed", in: 0...Int(Int32.max)) ?? 1
        guard let output = try arguments.option("--output", "-o") else { throw UsageError("give the output with -o") }
        let entities = try arguments.integer("--entities", in: 2...GraphGenerator.maximumEntities)
        let relations = try arguments.integer("--relations", in: 0...GraphGenerator.maximumRelations)
        let articles = try arguments.integer("--articles", in: 1...CorpusGenerator.maximumArticles)
        let what = try arguments.positionals()
        switch what {
        case ["graph"]:
            guard let entities, let relations else { throw UsageError("generate graph needs --entities N and --relations M") }
            let generator = try GraphGenerator(entities: entities, relations: relations, seed: UInt64(seed))
            let list = try generator.edgeList()
            let stem = ((output as NSString).deletingPathExtension)
            let tsv = list.tsv()
            try GraphFile.save(try list.graph(rule: "generated"), to: output)
            try AtomicFile.write(tsv.nodes, to: stem + ".nodes.tsv")
            try AtomicFile.write(tsv.edges, to: stem + ".edges.tsv")
            Terminal.print("wrote \(output), \(stem).nodes.tsv and \(stem).edges.tsv: \(list.nodes.count) entities, \(list.edges.count) relations")
        case ["corpus"]:
            guard let articles else { throw UsageError("generate corpus needs --articles N") }
            let generator = try CorpusGenerator(articles: articles, seed: UInt64(seed), seeds: try SeedLocator.seedsFolder())
            let summary = try generator.write(to: output)
            Terminal.print("wrote \(summary.articles) articles (\(summary.bytes) bytes) to \(output)")
        default:
            throw UsageError("say what to generate: 'graph' or 'corpus'")
        }
        return 0
    }
}
