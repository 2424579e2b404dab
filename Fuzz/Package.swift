// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for parley's parsers, apart from the main package so its
// build and `swift test` stay as they are. Build and run with Fuzz/run.sh
// (docs/fuzzing.md); each target checks properties, not only "no crash".
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "ParleyFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "parley", path: ".."),
    ],
    targets: [
        .target(name: "FuzzCheck"),
        .executableTarget(name: "FuzzArticle", dependencies: ["FuzzCheck", .product(name: "ParleyKit", package: "parley")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzInline", dependencies: ["FuzzCheck", .product(name: "ParleyKit", package: "parley")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzJSON", dependencies: ["FuzzCheck", .product(name: "ParleyKit", package: "parley")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzImport", dependencies: ["FuzzCheck", .product(name: "ParleyKit", package: "parley")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzInput", dependencies: ["FuzzCheck", .product(name: "ParleyUI", package: "parley")], swiftSettings: fuzzer),
        .executableTarget(name: "FuzzText", dependencies: ["FuzzCheck", .product(name: "ParleyUI", package: "parley")], swiftSettings: fuzzer),
    ],
    swiftLanguageModes: [.v6]
)
