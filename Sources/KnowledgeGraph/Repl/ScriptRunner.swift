/// Runs lines through a session the way a script is run: continuation lines gathered,
/// each input executed in order, its messages passed on as they come.
///
/// Used for `kg repl < FILE` (and pipes) and for `:source`. With `echo`, each line is
/// first passed on after its prompt, so the output reads like a typed session (the
/// transcripts in the tests are made this way).
public struct ScriptRunner {
    /// Stop at the first failing input (`--bail`, and always for `:source`).
    public var stopAtFirstFailure: Bool
    /// Pass each line on after its prompt before running it.
    public var echo: Bool

    /// A runner.
    public init(stopAtFirstFailure: Bool = false, echo: Bool = false) {
        self.stopAtFirstFailure = stopAtFirstFailure
        self.echo = echo
    }

    /// Runs `lines` in `session`, passing every message to `emit`; returns false when any
    /// input failed (or input ended inside an open quote or bracket).
    public func run(_ lines: some Sequence<String>, in session: inout ReplSession,
                    emit: (ReplResponse.Message) -> Void) -> Bool {
        var accumulator = InputAccumulator()
        var succeeded = true
        for line in lines {
            if echo { emit(.init((accumulator.isContinuing ? "...> " : "kg> ") + line)) }
            guard let input = accumulator.add(line) else { continue }
            let response = session.execute(input)
            response.messages.forEach(emit)
            succeeded = succeeded && response.success
            if session.isFinished || (!response.success && stopAtFirstFailure) { return succeeded }
        }
        if accumulator.isContinuing {
            emit(.init("input ended inside an open quote or bracket: \(accumulator.pendingText)", stream: .diagnostic))
            return false
        }
        return succeeded
    }
}
