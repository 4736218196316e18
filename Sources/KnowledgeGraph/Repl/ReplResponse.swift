/// What one line of a session produced: messages in the order they were made, and whether
/// the line succeeded (a script's exit status and `--bail` depend on it).
public struct ReplResponse: Equatable, Sendable {
    /// One piece of output, for standard output or standard error.
    public struct Message: Equatable, Sendable {
        /// Results go to standard output; errors and warnings to standard error.
        public enum Stream: Equatable, Sendable { case output, diagnostic }

        /// The text, without a final newline.
        public var text: String
        /// Where it goes.
        public var stream: Stream

        /// Creates a message.
        public init(_ text: String, stream: Stream = .output) {
            self.text = text
            self.stream = stream
        }
    }

    /// The messages, in order.
    public var messages: [Message]
    /// False when the line failed.
    public var success: Bool

    /// Creates a response.
    public init(messages: [Message] = [], success: Bool = true) {
        self.messages = messages
        self.success = success
    }

    /// A successful response printing `text` (nothing when empty).
    public static func output(_ text: String) -> ReplResponse {
        ReplResponse(messages: text.isEmpty ? [] : [Message(text)])
    }

    /// A failed response with the error `text`.
    public static func failure(_ text: String) -> ReplResponse {
        ReplResponse(messages: [Message(text, stream: .diagnostic)], success: false)
    }

    /// All the standard-output text joined by newlines (for tests and transcripts).
    public var outputText: String { messages.filter { $0.stream == .output }.map(\.text).joined(separator: "\n") }

    /// Appends another response's messages; the result fails if either failed.
    public mutating func append(_ other: ReplResponse) {
        messages += other.messages
        success = success && other.success
    }
}
