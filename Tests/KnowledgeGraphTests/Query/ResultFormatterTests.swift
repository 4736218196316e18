import Testing
@testable import KnowledgeGraph

@Suite struct ResultFormatterTests {
    private let graph: Graph
    init() throws { graph = try QueryTestGraph.make() }

    private func output(_ query: String, _ format: ResultFormatter.Format, evidence: Bool = false) -> String {
        QueryRunner(graph: graph).run(query, options: QueryRunner.Options(format: format, evidence: evidence)).output
    }

    @Test func tableAlignsColumnsAndCountsRows() {
        #expect(output("? -> authored|recommended -> ?c", .table) == """
            ?             ?c
            ------------  ----------------
            Anna Field    Field Report
            Anna Field    fresh leadership
            Field Report  fresh leadership
            3 rows

            """)
    }

    @Test func tableOfACountIsTheNumber() {
        #expect(output("?x:person count", .table) == "count\n-----\n3\n")
    }

    @Test func tableOfAPathWritesItInQuerySyntax() {
        let lines = output("path Anna Field .. Westshire County Council", .table).split(separator: "\n").map(String.init)
        let path = "Anna Field -> authored -> Field Report <- commissioned <- Inspection Office -> criticised -> Westshire County Council"
        #expect(lines == ["path", String(repeating: "-", count: path.count), path, "1 path"])
    }

    @Test func evidenceFollowsEachRow() {
        #expect(output("Field -> authored|recommended -> ?", .table, evidence: true) == """
            ?
            ----------------
            Field Report
                Anna Field -> authored -> Field Report
                  w1@10-52: Anna Field wrote the Field Report in March.
            fresh leadership
                Anna Field -> recommended -> fresh leadership
                  w1@60-99: A fresh leadership is needed, Ms Field said.
            2 rows

            """)
        #expect(output("Holt -> leads -> ?", .table, evidence: true).contains("(no evidence recorded)"))
    }

    @Test func tsvHasNoHeaderSoItPipesIntoCut() {
        #expect(output("? -> authored|recommended -> ?c", .tsv) == "Anna Field\tField Report\nAnna Field\tfresh leadership\nField Report\tfresh leadership\n")
        #expect(output("?x:person count", .tsv) == "3\n")
        #expect(output("Field -> authored -> ?", .tsv, evidence: true) ==
                "Field Report\n\tAnna Field\tauthored\tField Report\tw1\t10\t52\tAnna Field wrote the Field Report in March.\n")
    }

    @Test func jsonIsStableWithSortedKeys() {
        #expect(output("Holt -> resigned_from -> ?", .json) == """
            {
              "columns": ["?"],
              "notices": [],
              "rows": [
                {
                  "relations": [
                    {
                      "attributes": {"date": "2016-05", "role": "leader"},
                      "object": "westshire-county-council",
                      "predicate": "resigned_from",
                      "subject": "brian-holt"
                    }
                  ],
                  "values": [
                    {"id": "westshire-county-council", "kind": "body", "name": "Westshire County Council"}
                  ]
                }
              ]
            }

            """)
        #expect(output("?x:person count", .json) == "{\n  \"columns\": [\"count\"],\n  \"count\": 3,\n  \"notices\": []\n}\n")
    }

    @Test func dotDrawsTheMatchedSubgraphCaptionedWithTheQuery() {
        let dot = output("Field -> authored -> ? -> found -> ?", .dot)
        #expect(dot.hasPrefix("// kg: 3 entities, 2 relations\ndigraph kg {"))
        #expect(dot.contains(#"label="kg query \"Field\" -> authored -> ? -> found -> ?""#))
        for name in ["Anna Field", "Field Report", "poor oversight"] { #expect(dot.contains("label=\"\(name)\"")) }
        #expect(!dot.contains("Westshire"))
    }
}
