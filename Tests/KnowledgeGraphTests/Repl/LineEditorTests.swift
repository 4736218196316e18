import Testing
@testable import KnowledgeGraph

@Suite struct LineEditorTests {
    private func type(_ text: String, into editor: inout LineEditor) {
        for character in text { _ = editor.handle(.character(character)) }
    }

    private func editor(typing text: String, history: [String] = []) -> LineEditor {
        var editor = LineEditor(prompt: "kg> ", history: history)
        type(text, into: &editor)
        return editor
    }

    @Test func insertsAtTheCursorAndMovesWithArrowsHomeAndEnd() {
        var editor = editor(typing: "Csey")
        _ = editor.handle(.home)
        _ = editor.handle(.right)
        _ = editor.handle(.character("a"))
        #expect(editor.text == "Casey")
        #expect(editor.cursor == 2)
        _ = editor.handle(.end)
        _ = editor.handle(.left)
        #expect(editor.cursor == 4)
        #expect(editor.view == EditorView(prompt: "kg> ", text: "Casey", cursor: 4))
    }

    @Test func backspaceAndDeleteRemoveAroundTheCursor() {
        var editor = editor(typing: "abcd")
        _ = editor.handle(.left)
        _ = editor.handle(.backspace)
        #expect(editor.text == "abd")
        _ = editor.handle(.delete)
        #expect(editor.text == "ab")
        #expect(editor.handle(.delete) == .bell)
        _ = editor.handle(.home)
        #expect(editor.handle(.backspace) == .bell)
    }

    @Test func controlKeysKillToEndToStartAndTheWordBefore() {
        var editor = editor(typing: "Casey -> recommended -> ?")
        _ = editor.handle(.control("w"))
        #expect(editor.text == "Casey -> recommended -> ")
        _ = editor.handle(.control("w"))
        #expect(editor.text == "Casey -> recommended ")
        _ = editor.handle(.control("a"))
        _ = editor.handle(.control("f"))
        _ = editor.handle(.control("k"))
        #expect(editor.text == "C")
        _ = editor.handle(.control("e"))
        _ = editor.handle(.control("u"))
        #expect(editor.text.isEmpty)
        #expect(editor.cursor == 0)
    }

    @Test func altBAndAltFMoveByWords() {
        var editor = editor(typing: "Casey -> found -> ?")
        _ = editor.handle(.meta("b"))
        _ = editor.handle(.meta("b"))
        #expect(editor.cursor == 15)
        _ = editor.handle(.home)
        _ = editor.handle(.meta("f"))
        #expect(editor.cursor == 5)
    }

    @Test func enterSubmitsControlCAbandonsAndControlDEndsOnlyAnEmptyLine() {
        var editor = editor(typing: ":stats")
        #expect(editor.handle(.enter) == .submit(":stats"))
        #expect(editor.handle(.control("d")) == .bell)
        _ = editor.handle(.home)
        #expect(editor.handle(.control("d")) == .redraw)
        #expect(editor.text == "stats")
        #expect(editor.handle(.control("c")) == .interrupt)
        #expect(editor.text.isEmpty)
        #expect(editor.handle(.control("d")) == .endOfInput)
        #expect(editor.handle(.control("z")) == .suspend)
    }

    @Test func upAndDownWalkHistoryAndBringBackTheDraft() {
        var editor = editor(typing: "draft", history: ["first", "second"])
        _ = editor.handle(.up)
        #expect(editor.text == "second")
        #expect(editor.cursor == 6)
        _ = editor.handle(.up)
        #expect(editor.text == "first")
        #expect(editor.handle(.up) == .bell)
        _ = editor.handle(.down)
        _ = editor.handle(.down)
        #expect(editor.text == "draft")
        #expect(editor.handle(.down) == .bell)
    }

    @Test func reverseSearchFindsNewestFirstThenOlderOnControlR() {
        var editor = LineEditor(prompt: "kg> ", history: [":show Louise Casey", ":stats", ":show Ofsted"])
        _ = editor.handle(.control("r"))
        type("show", into: &editor)
        #expect(editor.view.text == ":show Ofsted")
        #expect(editor.view.prompt == "(reverse-i-search)`show': ")
        #expect(editor.view.cursor == 1)
        _ = editor.handle(.control("r"))
        #expect(editor.view.text == ":show Louise Casey")
        #expect(editor.handle(.control("r")) == .bell)
        #expect(editor.view.prompt.hasPrefix("(failed reverse-i-search)"))
        #expect(editor.handle(.enter) == .submit(":show Louise Casey"))
    }

    @Test func reverseSearchBackspaceWidensAndEscapeRestoresTheLine() {
        var editor = editor(typing: "typed", history: [":stats", ":schema"])
        _ = editor.handle(.control("r"))
        type("stx", into: &editor)
        #expect(editor.view.text == ":stats")
        #expect(editor.view.prompt.hasPrefix("(failed"))
        _ = editor.handle(.backspace)
        #expect(editor.view.prompt == "(reverse-i-search)`st': ")
        _ = editor.handle(.escape)
        #expect(editor.text == "typed")
        #expect(editor.view.prompt == "kg> ")
    }

    @Test func anotherKeyAcceptsTheMatchAndActs() {
        var editor = LineEditor(prompt: "kg> ", history: [":show Ofsted"])
        _ = editor.handle(.control("r"))
        type("Ofs", into: &editor)
        _ = editor.handle(.control("e"))
        _ = editor.handle(.character("!"))
        #expect(editor.text == ":show Ofsted!")
    }

    @Test func tabExtendsToTheCommonPrefixAndTheNextTabListsTheCandidates() {
        let candidates = ["Casey", "Casey Report"]
        var editor = LineEditor(prompt: "kg> ") { line, cursor in
            let start = line.lastIndex(of: " ").map { line.distance(from: line.startIndex, to: $0) + 1 } ?? 0
            let word = String(line.dropFirst(start))
            return Completion(range: start..<cursor, candidates: candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) })
        }
        type("cas", into: &editor)
        #expect(editor.handle(.tab) == .redraw)
        #expect(editor.text == "Casey")
        #expect(editor.handle(.tab) == .listCandidates(candidates))
        _ = editor.handle(.backspace)
        type("y", into: &editor)
        #expect(editor.handle(.tab) == .bell)
        #expect(editor.handle(.tab) == .listCandidates(candidates))
        type("x", into: &editor)
        #expect(editor.handle(.tab) == .bell)
        #expect(editor.text == "Caseyx")
    }

    @Test func completingANameThatNeedsQuotesOpensTheQuote() throws {
        let completer = Completer(graph: try ReplFixtures.goldGraph())
        var editor = LineEditor(prompt: "kg> ", complete: completer.complete)
        type("? -> authored -> Ofsted rep", into: &editor)
        _ = editor.handle(.tab)
        #expect(editor.text == "? -> authored -> \"Ofsted report")
        type(" (2018", into: &editor)
        _ = editor.handle(.tab)
        #expect(editor.text == "? -> authored -> \"Ofsted report (2018)\" ")
    }

    @Test func aSingleCandidateIsFollowedByASpace() {
        var editor = LineEditor(prompt: "kg> ") { _, cursor in Completion(range: 0..<cursor, candidates: [":show"]) }
        type(":sh", into: &editor)
        _ = editor.handle(.tab)
        #expect(editor.text == ":show ")
        #expect(editor.cursor == 6)
    }
}
