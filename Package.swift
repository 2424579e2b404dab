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
        // For Fuzz/, a package of its own that depends on this one by path.
        .library(name: "ParleyKit", targets: ["ParleyKit"]),
        .library(name: "ParleyUI", targets: ["ParleyUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "ParleyKit"),
        .target(name: "ParleyUI", dependencies: ["ParleyKit"]),
        // git as a child process, and the sync that drives it (docs/sync.md).
        .target(name: "ParleySync", dependencies: ["ParleyKit"]),
        // Linked by its module map, not pkg-config: SwiftPM refuses ncursesw's
        // -D flags with a warning on every build; shim.h defines what they did.
        .systemLibrary(name: "CNCursesW"),
        .target(name: "ParleyTerminal", dependencies: ["ParleyUI", "CNCursesW"]),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyKit",
                "ParleyUI",
                "ParleyTerminal",
                "ParleySync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The C++ runtime (which the static Swift runtime needs) and ncurses
            // linked in, not loaded at every start: Link/*.so say why.
            linkerSettings: [.unsafeFlags(["-L", Context.packageDirectory + "/Link"], .when(platforms: [.linux]))]
        ),
        .target(
            name: "ParleyTestSupport",
            path: "Tests/ParleyTestSupport"
        ),
        .testTarget(
            name: "ParleyKitTests",
            dependencies: ["ParleyKit", "ParleyUI", "ParleyTestSupport"],
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
