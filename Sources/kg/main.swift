import Foundation
import KnowledgeGraph

/// Every subcommand, in the order `kg help` lists them.
let commands: [Command] = [
    ExtractCommand.command,
    QueryCommand.command,
    ReplCommand.command,
    ExportCommand.command,
    RenderCommand.command,
    EvalCommand.command,
    GenerateCommand.command,
    ImportCommand.command,
    BenchCommand.command,
]

@MainActor func printHelp() {
    var lines = ["kg — turn news articles into a knowledge graph you can query, draw and explore", "",
                 "usage: kg COMMAND [ARGUMENTS]", "", "commands:"]
    for command in commands { lines.append("  " + command.name.padding(toLength: 10, withPad: " ", startingAt: 0) + command.summary) }
    lines.append("")
    lines.append("'kg help COMMAND' or 'kg COMMAND --help' shows a command's options.")
    Terminal.print(lines.joined(separator: "\n"))
}

@MainActor func main() -> Int32 {
    var words = Array(CommandLine.arguments.dropFirst())
    guard let first = words.first, !["help", "--help", "-h"].contains(first) || words.count > 1 else {
        printHelp()
        return 0
    }
    if first == "help" || first == "--help" || first == "-h" { words = [words[1], "--help"] }
    let name = words.removeFirst()
    guard let command = commands.first(where: { $0.name == name }) else {
        let hint = NameSuggester.suggestions(for: name, among: commands.map(\.name), limit: 1).first
        Terminal.warn("unknown command '\(name)'" + (hint.map { "; did you mean '\($0)'?" } ?? "; see 'kg help'"))
        return 2
    }
    var arguments = Arguments(words)
    if arguments.flag("--help", "-h") {
        Terminal.print(command.usage)
        return 0
    }
    do {
        return try command.run(&arguments)
    } catch let error as UsageError {
        Terminal.warn("\(name): \(error.description)\n\(command.usage)")
        return 2
    } catch {
        Terminal.warn("\(error)")
        return 2
    }
}

exit(main())
