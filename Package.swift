// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kg",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "KnowledgeGraph", targets: ["KnowledgeGraph"]),
        .executable(name: "kg", targets: ["kg"]),
    ],
    dependencies: [],
    targets: [
        .target(
            name: "KnowledgeGraph",
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "kg",
            dependencies: ["KnowledgeGraph"]
        ),
        .testTarget(
            name: "KnowledgeGraphTests",
            dependencies: ["KnowledgeGraph", "kg"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
