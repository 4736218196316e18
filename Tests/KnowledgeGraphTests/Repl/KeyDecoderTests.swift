import Testing
@testable import KnowledgeGraph

@Suite struct KeyDecoderTests {
    private func keys(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(bytes)
    }

    @Test func printableControlAndEditingBytes() {
        #expect(keys(Array("ab".utf8)) == [.character("a"), .character("b")])
        #expect(keys([0x0D, 0x0A, 0x09, 0x7F, 0x08]) == [.enter, .enter, .tab, .backspace, .backspace])
        #expect(keys([0x01, 0x03, 0x04, 0x12, 0x17]) == [.control("a"), .control("c"), .control("d"), .control("r"), .control("w")])
    }

    @Test func arrowsHomeEndAndDeleteInEveryEncodingTerminalsUse() {
        #expect(keys(Array("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D".utf8)) == [.up, .down, .right, .left])
        #expect(keys(Array("\u{1B}OA\u{1B}OH\u{1B}OF".utf8)) == [.up, .home, .end])
        #expect(keys(Array("\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~".utf8)) == [.home, .end, .home, .end, .home, .end])
        #expect(keys(Array("\u{1B}[3~".utf8)) == [.delete])
        #expect(keys(Array("\u{1B}[1;5C".utf8)) == [.right])
        #expect(keys(Array("\u{1B}[15~".utf8)) == [.unknown])
    }

    @Test func sequencesSplitAcrossReadsAreJoined() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.hasPending)
        #expect(decoder.feed([UInt8(ascii: "[")]).isEmpty)
        #expect(decoder.feed([UInt8(ascii: "D"), UInt8(ascii: "x")]) == [.left, .character("x")])
        #expect(!decoder.hasPending)
    }

    @Test func utf8CharactersSplitAcrossReadsAreJoined() {
        var decoder = KeyDecoder()
        let bytes = Array("é€".utf8)
        #expect(decoder.feed([bytes[0]]).isEmpty)
        #expect(decoder.feed(Array(bytes[1...3])) == [.character("é")])
        #expect(decoder.feed(Array(bytes[4...])) == [.character("€")])
    }

    @Test func loneEscapeIsReportedOnFlushAndAltLetterAsMeta() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.flush() == [.escape])
        #expect(keys([0x1B, UInt8(ascii: "b")]) == [.meta("b")])
        #expect(keys([0xFF]) == [.unknown])
    }
}
