// swift-tools-version: 6.1
import PackageDescription

// Dependencies point one way, towards the content (docs/architecture.md):
// parley -> ParleyTerminal -> ParleyUI -> ParleyKit, and parley -> ParleySync
// -> ParleyKit. Only ParleyTerminal imports CNCursesW; only ParleySync starts
// processes (git).
let package = Package(
    name: "parley",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "ParleyKit"),
        .target(name: "ParleyUI", dependencies: ["ParleyKit"]),
        // git as a child process, and the sync that drives it (docs/sync.md).
        .target(name: "ParleySync", dependencies: ["ParleyKit"]),
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "ParleyTerminal", dependencies: ["ParleyUI", "CNCursesW"]),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyKit",
                "ParleyUI",
                "ParleyTerminal",
                "ParleySync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "ParleyTestSupport",
            path: "Tests/ParleyTestSupport"
        ),
        .testTarget(
            name: "ParleyKitTests",
            dependencies: ["ParleyKit", "ParleyTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ParleyUITests",
            dependencies: ["ParleyUI", "ParleyTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ParleySyncTests",
            dependencies: ["ParleySync"]
        ),
        .testTarget(
            name: "parleyTests",
            dependencies: ["parley", "ParleyKit", "ParleyUI", "ParleyTestSupport"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
