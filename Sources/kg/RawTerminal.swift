import Glibc

/// The terminal settings in force before raw mode, kept in globals so the signal handlers
/// (which can capture nothing) can put them back.
nonisolated(unsafe) private var originalAttributes = termios()
nonisolated(unsafe) private var rawModeIsOn = false

/// Puts the original settings back, then lets the signal do what it would have done.
private func restoreAndReraise(_ signal: Int32) {
    if rawModeIsOn { tcsetattr(STDIN_FILENO, TCSADRAIN, &originalAttributes) }
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
}

/// The terminal in raw mode for the line editor: no echo, no line buffering, no signal keys
/// (Ctrl-C and Ctrl-Z arrive as bytes), output processing kept so "\n" still starts a line.
///
/// The original settings come back on `restore()`, at process exit, and on SIGINT, SIGTERM,
/// SIGHUP and SIGQUIT (the handler restores, then re-raises the signal), so kg never leaves
/// a shell without echo.
final class RawTerminal {
    /// The signals after which the terminal is restored.
    private static let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// The raw settings, put back after a suspension.
    private var rawAttributes = termios()

    /// Switches standard input to raw mode; fails when it is not a terminal.
    init() throws {
        guard tcgetattr(STDIN_FILENO, &originalAttributes) == 0 else {
            throw TerminalError(message: "cannot read the terminal's settings: \(String(cString: strerror(errno)))")
        }
        var raw = originalAttributes
        raw.c_iflag &= ~tcflag_t(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON)
        raw.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
        raw.c_cflag &= ~tcflag_t(CSIZE | PARENB)
        raw.c_cflag |= tcflag_t(CS8)
        withUnsafeMutableBytes(of: &raw.c_cc) { controls in
            controls[Int(VMIN)] = 1
            controls[Int(VTIME)] = 0
        }
        for signal in RawTerminal.signals { Glibc.signal(signal) { restoreAndReraise($0) } }
        RawTerminal.unblock(RawTerminal.signals)
        atexit { if rawModeIsOn { tcsetattr(STDIN_FILENO, TCSADRAIN, &originalAttributes) } }
        rawModeIsOn = true
        rawAttributes = raw
        guard tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) == 0 else {
            rawModeIsOn = false
            throw TerminalError(message: "cannot switch the terminal to raw mode: \(String(cString: strerror(errno)))")
        }
    }

    /// Unblocks `signals`: a parent may have started kg with them blocked, and they must
    /// reach their handlers (or, for SIGTSTP, stop the process).
    private static func unblock(_ signals: [Int32]) {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Puts the terminal's original settings back.
    func restore() {
        guard rawModeIsOn else { return }
        tcsetattr(STDIN_FILENO, TCSADRAIN, &originalAttributes)
        rawModeIsOn = false
        for signal in RawTerminal.signals { Glibc.signal(signal, SIG_DFL) }
    }

    /// Ctrl-Z: restores the original settings and stops the process (SIGTSTP); when the shell
    /// continues it, raw mode comes back.
    func suspend() {
        tcsetattr(STDIN_FILENO, TCSADRAIN, &originalAttributes)
        RawTerminal.unblock([SIGTSTP])
        raise(SIGTSTP)
        tcsetattr(STDIN_FILENO, TCSADRAIN, &rawAttributes)
    }

    /// The terminal's width in columns (80 when it does not say).
    var width: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Waits for and returns the next bytes typed; empty at end of input (the terminal hung up).
    func read() -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let count = Glibc.read(STDIN_FILENO, &buffer, buffer.count)
            if count >= 0 { return Array(buffer.prefix(count)) }
            if errno != EINTR { return [] }
        }
    }

    /// True when more input arrives within `milliseconds` (to tell a lone Escape from a sequence).
    func hasInput(within milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }

    /// Writes `text` to standard output at once.
    func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

/// The terminal refused a setting.
struct TerminalError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
