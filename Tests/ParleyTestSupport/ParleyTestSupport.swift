import Foundation

/// Helpers shared by the test targets: where the built binary is, running it,
/// temporary folders, and the repository's own files.
public enum TestSupport {
    /// The repository root (this file is Tests/ParleyTestSupport/ParleyTestSupport.swift).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var articlesFolder: URL { repositoryRoot.appendingPathComponent("articles") }

    /// The folder `swift build` put the products in (next to the test bundle).
    public static var productsDirectory: URL {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        // Swift Testing on Linux: the test runner itself lives in the products folder.
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }

    /// The built `parley` executable.
    public static var parleyBinary: URL { productsDirectory.appendingPathComponent("parley") }

    /// A new empty folder, removed by the caller with `removeTemporaryFolder`.
    public static func makeTemporaryFolder(_ name: String = "parley-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    public static func removeTemporaryFolder(_ url: URL) {
        // Make read-only test folders writable again so they can be removed.
        _ = try? run("/bin/chmod", ["-R", "u+rwx", url.path])
        try? FileManager.default.removeItem(at: url)
    }

    /// A copy of the repository's articles folder in a new temporary folder.
    public static func copyOfLibrary() throws -> URL {
        let folder = try makeTemporaryFolder("parley-library")
        for name in try FileManager.default.contentsOfDirectory(atPath: articlesFolder.path) {
            try FileManager.default.copyItem(at: articlesFolder.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    public struct RunResult: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs a program to completion with the given environment additions and stdin.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil, currentDirectory: URL? = nil) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes fully before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs the built parley with `--library`-free arguments and a clean locale.
    @discardableResult
    public static func parley(_ arguments: [String], library: URL? = nil, environment: [String: String] = [:], stdin: String? = nil) throws -> RunResult {
        var env = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
        if let library { env["PARLEY_LIBRARY"] = library.path }
        for (k, v) in environment { env[k] = v }
        return try run(parleyBinary.path, arguments, environment: env, stdin: stdin)
    }
}
