import Foundation
import Testing
@testable import KnowledgeGraph

/// Runs `kg bench --smoke` as CI does: checks that every figure is measured and reported,
/// never how fast anything was.
@Suite struct BenchmarkSmokeTests {
    @Test func smokeBenchmarkReportsEveryFigure() throws {
        let executable = URL(fileURLWithPath: try #require(Bundle.main.executablePath))
            .deletingLastPathComponent().appendingPathComponent("kg").path
        try #require(FileManager.default.isExecutableFile(atPath: executable), "build kg first: swift build")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kg-bench-\(UUID().uuidString)").path
        let seedsParent = (try SeedLocator.seedsFolder() as NSString).deletingLastPathComponent
        let outcome = try ProcessRunner.run(executable, ["bench", "--smoke", "--json", "--work", scratch + "/work"],
                                            in: seedsParent.isEmpty ? nil : seedsParent, environment: ["XDG_CACHE_HOME": scratch + "/cache"])
        #expect(outcome.status == 0)
        let report = try JSONParser.parse(outcome.output)
        let names = try #require(report["figures"]?.arrayValue).compactMap { $0["section"]?.stringValue }
        #expect(names.filter { $0 == "extraction" }.count == 6)
        #expect(names.filter { $0 == "load" }.count == 4)
        #expect(names.filter { $0 == "query" }.count == 5)
        #expect(names.filter { $0 == "cold start" }.count == 2)
        #expect(report["cores"]?.numberValue ?? 0 >= 1)
    }
}
