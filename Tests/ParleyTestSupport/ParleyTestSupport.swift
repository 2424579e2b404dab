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

    /// A folder in memory (`/dev/shm`) when there is one, else the temporary
    /// directory. For tests of many processes that are not about the disk:
    /// fsync costs nothing there, while locks, renames and kills behave as on disk.
    public static var memoryDirectory: URL {
        let shm = "/dev/shm"
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: shm, isDirectory: &isDirectory), isDirectory.boolValue,
           FileManager.default.isWritableFile(atPath: shm) {
            return URL(fileURLWithPath: shm)
        }
        return FileManager.default.temporaryDirectory
    }

    /// Whether `url` is on tmpfs or ramfs, where fsync costs nothing.
    public static func isOnMemoryFileSystem(_ url: URL) -> Bool {
        // statfs(2) is not in the Glibc module; stat(1) reports the same type.
        guard let result = try? run("/usr/bin/stat", ["-f", "-c", "%T", url.path]), result.status == 0 else { return false }
        return ["tmpfs", "ramfs"].contains(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A new empty folder (in `base`, by default the temporary directory),
    /// removed by the caller with `removeTemporaryFolder`.
    public static func makeTemporaryFolder(_ name: String = "parley-test", in base: URL? = nil) throws -> URL {
        let url = (base ?? FileManager.default.temporaryDirectory).appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    public static func removeTemporaryFolder(_ url: URL) {
        // Make read-only test folders writable again so they can be removed.
        _ = try? run("/bin/chmod", ["-R", "u+rwx", url.path])
        try? FileManager.default.removeItem(at: url)
    }

    /// A copy of the repository's articles folder in a new temporary folder.
    public static func copyOfLibrary(in base: URL? = nil) throws -> URL {
        let folder = try makeTemporaryFolder("parley-library", in: base)
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
    /// `unprivileged`: as the user `nobody` when the tests run as root (see
    /// `unprivilegedPrefix`), so that file permissions apply.
    @discardableResult
    public static func parley(_ arguments: [String], library: URL? = nil, environment: [String: String] = [:], stdin: String? = nil, unprivileged: Bool = false) throws -> RunResult {
        // No reading state unless a test asks for it (PARLEY_STATE and
        // XDG_STATE_HOME in `environment`): never the real user's.
        var env = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "PARLEY_STATE": "off"]
        if let library { env["PARLEY_LIBRARY"] = library.path }
        for (k, v) in environment { env[k] = v }
        if unprivileged, let prefix = unprivilegedPrefix, let tool = prefix.first {
            return try run(tool, Array(prefix.dropFirst()) + [parleyBinary.path] + arguments, environment: env, stdin: stdin)
        }
        return try run(parleyBinary.path, arguments, environment: env, stdin: stdin)
    }

    // MARK: - Privileges and file systems

    public static var isRoot: Bool { geteuid() == 0 }

    /// How to run a program so that file permissions stop it: nothing to add
    /// for an ordinary user; `setpriv` to `nobody` for root (who may write
    /// anywhere); nil when neither is possible.
    public static var unprivilegedPrefix: [String]? {
        if !isRoot { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }

    /// Whether this process may mount a small tmpfs (root with CAP_SYS_ADMIN).
    public static let canMountTmpfs: Bool = {
        guard isRoot, let folder = try? makeTemporaryFolder("parley-mount-probe") else { return false }
        defer { removeTemporaryFolder(folder) }
        guard (try? run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path]))?.status == 0 else { return false }
        _ = try? run("/bin/umount", [folder.path])
        return true
    }()

    /// Runs `body` with a new, empty tmpfs of `kilobytes`, unmounted afterwards.
    public static func withSmallFileSystem<T>(kilobytes: Int, _ body: (URL) throws -> T) throws -> T {
        let folder = try makeTemporaryFolder("parley-small-fs")
        defer { removeTemporaryFolder(folder) }
        let mount = try run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", folder.path])
        guard mount.status == 0 else { throw POSIXError(.EPERM) }
        defer { _ = try? run("/bin/umount", [folder.path]) }
        return try body(folder)
    }

    /// This process's umask, read without changing it (umask(2) would, for a
    /// moment, for every thread).
    public static var umask: mode_t {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        for line in status.split(separator: "\n") where line.hasPrefix("Umask:") {
            return mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) ?? 0o022
        }
        return 0o022
    }
}
