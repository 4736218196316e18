/// Writes `JSONValue`s as indented, deterministic text: objects keep their key order,
/// and objects or arrays that hold only scalars stay on one line so files stay short
/// and diff line by line.
public enum JSONWriter {
    /// The value as text, ending in a newline.
    public static func write(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        output.append("\n")
        return output
    }

    private static func isFlat(_ value: JSONValue) -> Bool {
        switch value {
        case .array(let elements): return elements.allSatisfy(isScalar)
        case .object(let pairs): return pairs.allSatisfy { isScalar($0.1) }
        default: return true
        }
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: return false
        default: return true
        }
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout String) {
        switch value {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let number): output.append(format(number))
        case .string(let text): output.append(quote(text))
        case .array(let elements):
            if elements.isEmpty { output.append("[]"); return }
            if isFlat(value) {
                output.append("[")
                for (index, element) in elements.enumerated() {
                    if index > 0 { output.append(", ") }
                    write(element, indent: indent, into: &output)
                }
                output.append("]")
                return
            }
            output.append("[\n")
            for (index, element) in elements.enumerated() {
                output.append(String(repeating: "  ", count: indent + 1))
                write(element, indent: indent + 1, into: &output)
                output.append(index + 1 < elements.count ? ",\n" : "\n")
            }
            output.append(String(repeating: "  ", count: indent) + "]")
        case .object(let pairs):
            if pairs.isEmpty { output.append("{}"); return }
            if isFlat(value) {
                output.append("{")
                for (index, pair) in pairs.enumerated() {
                    if index > 0 { output.append(", ") }
                    output.append(quote(pair.0) + ": ")
                    write(pair.1, indent: indent, into: &output)
                }
                output.append("}")
                return
            }
            output.append("{\n")
            for (index, pair) in pairs.enumerated() {
                output.append(String(repeating: "  ", count: indent + 1) + quote(pair.0) + ": ")
                write(pair.1, indent: indent + 1, into: &output)
                output.append(index + 1 < pairs.count ? ",\n" : "\n")
            }
            output.append(String(repeating: "  ", count: indent) + "}")
        }
    }

    /// Integers print without a fraction; other numbers with up to 4 decimals.
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        var text = String(format4: number)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// A JSON string literal with the required escapes; non-ASCII text passes through.
    public static func quote(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case "\u{2028}": output.append("\\u2028")
            case "\u{2029}": output.append("\\u2029")
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}

private extension String {
    /// Fixed 4-decimal formatting without Foundation's locale-dependent formatter.
    init(format4 number: Double) {
        let scaled = (number * 10_000).rounded()
        let sign = scaled < 0 ? "-" : ""
        let magnitude = Int64(abs(scaled))
        let fraction = String(magnitude % 10_000)
        self = sign + String(magnitude / 10_000) + "." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
