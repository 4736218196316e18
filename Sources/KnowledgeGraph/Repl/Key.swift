/// One key press as the line editor sees it, decoded from the terminal's bytes by `KeyDecoder`.
public enum Key: Equatable, Sendable {
    /// A printable character to insert.
    case character(Character)
    /// Return or Enter.
    case enter
    /// Tab, which asks for completion.
    case tab
    /// Backspace (DEL or Ctrl-H): delete the character before the cursor.
    case backspace
    /// The Delete key: delete the character under the cursor.
    case delete
    /// Arrow keys.
    case left, right, up, down
    /// Home and End.
    case home, end
    /// A lone Escape key.
    case escape
    /// Ctrl plus a letter, named by the lower-case letter (`control("a")` is Ctrl-A).
    case control(Character)
    /// Alt (Meta) plus a character, sent by terminals as Escape followed by the character.
    case meta(Character)
    /// A sequence the editor does not know (a function key, say); ignored.
    case unknown
}
