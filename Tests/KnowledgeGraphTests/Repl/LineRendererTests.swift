import Testing
@testable import KnowledgeGraph

@Suite struct LineRendererTests {
    @Test func drawsPromptTextClearsTheRestAndPlacesTheCursor() {
        let output = LineRenderer.redraw(EditorView(prompt: "kg> ", text: "Casey", cursor: 2), width: 80)
        #expect(output == "\rkg> Casey\u{1B}[K\r\u{1B}[6C")
    }

    @Test func aLongLineScrollsSoTheCursorStaysVisible() {
        let text = String(repeating: "x", count: 30) + "END"
        let output = LineRenderer.redraw(EditorView(prompt: "kg> ", text: text, cursor: text.count), width: 20)
        #expect(output.hasPrefix("\rkg> " + String(repeating: "x", count: 11) + "END\u{1B}[K"))
        #expect(output.hasSuffix("\u{1B}[18C"))
    }

    @Test func candidatesAreLaidOutInColumnsThatFit() {
        let output = LineRenderer.columns(["authored", "found", "leads"], width: 22)
        #expect(output == "authored  found\r\nleads\r\n")
        let many = (1...200).map { "name \($0)" }
        #expect(LineRenderer.columns(many, width: 80) == "200 possibilities; type a few more letters\r\n")
    }
}
