import Foundation

/// Writing to standard output and standard error without interleaving surprises.
enum Terminal {
    /// Prints to standard output.
    static func print(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }

    /// Prints "kg: message" to standard error.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("kg: \(message)\n".utf8))
    }

    /// True when standard output is a terminal (not a pipe or file).
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
}

extension Terminal {
    /// Prints `message` to standard error as it is (the REPL's errors, which carry their own context).
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
