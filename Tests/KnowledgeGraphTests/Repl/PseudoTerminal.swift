import Foundation
import Glibc

/// A pseudo-terminal for driving `kg repl` as a person at a terminal would: the child gets
/// the terminal side on its standard input, output and error; the test types into the
/// controlling side and reads what the child draws.
final class PseudoTerminal {
    /// The test's side.
    let controller: Int32
    /// The child's side (kept open here too, so its settings can be read after the child exits).
    let terminal: Int32
    /// Everything read from the child so far.
    private(set) var transcript = ""

    /// Opens a terminal of `columns` × `rows`.
    init(columns: UInt16 = 100, rows: UInt16 = 40) throws {
        var controller: Int32 = 0
        var terminal: Int32 = 0
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&controller, &terminal, nil, nil, &size) == 0 else {
            throw PseudoTerminalError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        self.controller = controller
        self.terminal = terminal
    }

    deinit {
        close(controller)
        close(terminal)
    }

    /// The terminal's current settings.
    var attributes: termios {
        var attributes = termios()
        tcgetattr(terminal, &attributes)
        return attributes
    }

    /// Starts `process` with the terminal as its standard input, output and error.
    func start(_ process: Process) throws {
        let handle = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    /// Types `text` (which may hold control characters and escape sequences).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
    }

    /// Reads until the text read since `mark` contains `expected`, or `timeout` seconds pass;
    /// returns whether it appeared. The timeout only bounds a hung child: it is generous.
    @discardableResult
    func waitFor(_ expected: String, after mark: String.Index? = nil, timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if transcript[(mark ?? transcript.startIndex)...].contains(expected) { return true }
            guard Date() < deadline else { return false }
            var descriptor = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(controller, &buffer, buffer.count)
            if count > 0 { transcript += String(decoding: buffer.prefix(count), as: UTF8.self) }
        }
    }

    /// The current end of the transcript, to wait for output that comes after it.
    var mark: String.Index { transcript.endIndex }
}

/// The pseudo-terminal could not be set up.
struct PseudoTerminalError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
