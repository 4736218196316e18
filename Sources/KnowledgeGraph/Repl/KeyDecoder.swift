/// Turns the bytes a terminal sends in raw mode into `Key`s.
///
/// Bytes may arrive split anywhere (half a UTF-8 character, half an escape sequence), so the
/// decoder keeps what it cannot decode yet and finishes it with the next `feed`. A lone
/// Escape is ambiguous until the terminal has been quiet for a moment; the caller then
/// calls `flush()` to have it reported as `.escape`.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    /// A decoder with nothing pending.
    public init() {}

    /// True when some bytes are held back waiting for the rest of a sequence.
    public var hasPending: Bool { !pending.isEmpty }

    /// Decodes as many keys as the bytes received so far allow.
    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending.append(contentsOf: bytes)
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            guard let (key, length) = decode(at: index) else { break }
            keys.append(key)
            index += length
        }
        pending.removeFirst(index)
        return keys
    }

    /// Reports whatever is pending as complete: a lone Escape becomes `.escape`, an
    /// unfinished sequence or character `.unknown`.
    public mutating func flush() -> [Key] {
        defer { pending = [] }
        guard !pending.isEmpty else { return [] }
        if pending == [0x1B] { return [.escape] }
        if pending.count == 2, pending[0] == 0x1B, let meta = printable(pending[1]) { return [.meta(meta)] }
        return [.unknown]
    }

    /// The key starting at `index` and how many bytes it used, or nil when more bytes are needed.
    private func decode(at index: Int) -> (Key, Int)? {
        let byte = pending[index]
        switch byte {
        case 0x1B: return decodeEscape(at: index)
        case 0x0D, 0x0A: return (.enter, 1)
        case 0x09: return (.tab, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x01...0x1A: return (.control(Character(Unicode.Scalar(byte + 0x60))), 1)
        case 0x00, 0x1C...0x1F: return (.unknown, 1)
        case 0x20...0x7E: return (.character(Character(Unicode.Scalar(byte))), 1)
        default: return decodeUTF8(at: index)
        }
    }

    private func decodeEscape(at index: Int) -> (Key, Int)? {
        guard index + 1 < pending.count else { return nil }
        let introducer = pending[index + 1]
        if introducer == UInt8(ascii: "[") { return decodeControlSequence(at: index) }
        if introducer == UInt8(ascii: "O") {
            guard index + 2 < pending.count else { return nil }
            return (finalKey(pending[index + 2], parameter: nil), 3)
        }
        if introducer == 0x1B { return (.escape, 1) }
        if let character = printable(introducer) { return (.meta(character), 2) }
        return (.escape, 1)
    }

    /// `ESC [ parameters final`: parameters are digits and `;`, the final byte is 0x40–0x7E.
    private func decodeControlSequence(at index: Int) -> (Key, Int)? {
        var end = index + 2
        var parameter = ""
        while end < pending.count {
            let byte = pending[end]
            if (0x40...0x7E).contains(byte) {
                let number = Int(parameter.split(separator: ";").first ?? "")
                return (finalKey(byte, parameter: number), end - index + 1)
            }
            guard (0x20...0x3F).contains(byte) else { return (.unknown, end - index) }
            parameter.append(Character(Unicode.Scalar(byte)))
            end += 1
        }
        return nil
    }

    private func finalKey(_ byte: UInt8, parameter: Int?) -> Key {
        switch (Character(Unicode.Scalar(byte)), parameter) {
        case ("A", _): return .up
        case ("B", _): return .down
        case ("C", _): return .right
        case ("D", _): return .left
        case ("H", _), ("~", 1), ("~", 7): return .home
        case ("F", _), ("~", 4), ("~", 8): return .end
        case ("~", 3): return .delete
        default: return .unknown
        }
    }

    private func decodeUTF8(at index: Int) -> (Key, Int)? {
        let lead = pending[index]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return (.unknown, 1)
        }
        guard index + length <= pending.count else { return nil }
        let bytes = pending[index..<index + length]
        guard let text = String(validating: bytes, as: UTF8.self), let character = text.first else {
            return (.unknown, 1)
        }
        return (.character(character), length)
    }

    private func printable(_ byte: UInt8) -> Character? {
        (0x20...0x7E).contains(byte) ? Character(Unicode.Scalar(byte)) : nil
    }
}
