/// A parsed `kg render` command line: the image format and file, plus every `kg export dot`
/// option choosing what to draw and how.
public struct RenderOptions: Equatable, Sendable {
    /// The image format (`--format`, or `-T` as Graphviz spells it).
    public var format: ImageFormat
    /// The graph source, selection, diagram options and output file.
    public var export: ExportOptions

    /// Parses `kg render` arguments. `--format` and `-o` are required: images do not belong
    /// on a terminal. Throws `ExportOptionError`.
    public static func parse(_ words: [String]) throws -> RenderOptions {
        var rest: [String] = []
        var formatName: String?
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "--" {
                rest += words[(index - 1)...]
                break
            } else if word == "--format" || word == "-T" {
                guard index < words.count else { throw ExportOptionError("\(word) needs a value") }
                formatName = words[index]
                index += 1
            } else if word.hasPrefix("--format=") {
                formatName = String(word.dropFirst("--format=".count))
            } else if word.hasPrefix("-T"), word.count > 2 {
                formatName = String(word.dropFirst(2))
            } else {
                rest.append(word)
            }
        }
        let choices = ImageFormat.allCases.map(\.rawValue)
        guard let formatName else { throw ExportOptionError("name the image format with --format " + choices.joined(separator: "|")) }
        guard let format = ImageFormat(rawValue: formatName.lowercased()) else {
            throw ExportOptionError(unknown: formatName, what: "image format", among: choices)
        }
        let export = try ExportOptions.parse(rest, format: .dot)
        guard export.output != nil else { throw ExportOptionError("give the image file to write with -o FILE") }
        return RenderOptions(format: format, export: export)
    }
}
