import Foundation
import Testing
@testable import KnowledgeGraph

@Suite struct GraphvizRendererTests {
    @Test func missingGraphvizSaysHowToInstallIt() {
        #expect(throws: RenderError.graphvizMissing) { try GraphvizRenderer.locate(environment: ["PATH": "/nonexistent"]) }
        let message = RenderError.graphvizMissing.description
        #expect(message.contains("apt-get install graphviz") && message.contains("brew install graphviz") && message.contains("kg export dot"))
        #expect(throws: RenderError.notExecutable("/nonexistent/dot")) {
            try GraphvizRenderer.locate(environment: ["PATH": "/usr/bin", "KG_DOT": "/nonexistent/dot"])
        }
    }

    @Test(.enabled(if: ExternalTool.hasDot, "Graphviz's dot is not installed (apt-get install graphviz); .ci/run installs it"))
    func rendersSVGAndPDFThroughStandardInput() throws {
        let renderer = try GraphvizRenderer.locate()
        let dot = DOTExporter.export(try ExportFixtures.gold())
        let svg = String(decoding: try renderer.render(dot, format: .svg), as: UTF8.self)
        #expect(svg.contains("<svg") && svg.contains("Louise Casey"))
        #expect(try renderer.render(dot, format: .pdf).prefix(5) == Data("%PDF-".utf8))
    }

    @Test(.enabled(if: ExternalTool.hasDot, "Graphviz's dot is not installed (apt-get install graphviz); .ci/run installs it"))
    func graphvizErrorsAreShownNotSwallowed() throws {
        do {
            _ = try GraphvizRenderer.locate().render("digraph { a -> }", format: .svg)
            Issue.record("bad DOT must fail")
        } catch let error as RenderError {
            guard case .failed(let status, let message) = error else { Issue.record("unexpected \(error)"); return }
            #expect(status != 0)
            #expect(message.contains("syntax error"))
        }
    }
}
