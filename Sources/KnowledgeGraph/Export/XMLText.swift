/// Escaping for XML 1.0 text and attribute values, as GraphML needs.
enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, line breaks and tabs written as
    /// character references (so attribute values keep them), and the control characters
    /// XML 1.0 forbids replaced by spaces.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// The name an entity or relation attribute gets as a property in another tool, renamed
/// `attribute_NAME` when it would collide with a property kg writes itself.
func propertyName(_ attribute: String, avoiding reserved: Set<String>) -> String {
    reserved.contains(attribute) ? "attribute_" + attribute : attribute
}
