/// One `kg` subcommand: its name, a one-line summary for `kg help`, its usage text, and
/// `run`, which returns the process exit status.
struct Command: Sendable {
    let name: String
    let summary: String
    let usage: String
    let run: @Sendable (inout Arguments) throws -> Int32
}
