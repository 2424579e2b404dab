import Testing
@testable import ParleySync

@Suite("git's environment and messages")
struct GitEnvironmentTests {
    let inherited = [
        "PATH": "/home/a/.local/bin:/usr/bin", "HOME": "/home/a", "SSH_AUTH_SOCK": "/tmp/agent",
        "GIT_DIR": "/elsewhere/.git", "GIT_INDEX_FILE": "/tmp/index", "GIT_WORK_TREE": "/elsewhere",
        "LANG": "nl_NL.UTF-8", "LC_ALL": "nl_NL.UTF-8", "PAGER": "less", "EDITOR": "vim", "TERM": "xterm",
    ]

    @Test("made, not inherited: PATH, HOME and the agent kept; GIT_DIR and friends dropped; the C locale; no pager or editor")
    func clean() {
        let environment = GitEnvironment.make(from: inherited, prompts: true)
        #expect(environment["PATH"] == "/home/a/.local/bin:/usr/bin")
        #expect(environment["HOME"] == "/home/a")
        #expect(environment["SSH_AUTH_SOCK"] == "/tmp/agent")
        #expect(environment["GIT_DIR"] == nil && environment["GIT_INDEX_FILE"] == nil && environment["GIT_WORK_TREE"] == nil)
        #expect(environment["LC_ALL"] == "C" && environment["LANG"] == "C")
        #expect(environment["GIT_PAGER"] == "cat" && environment["GIT_EDITOR"] == "true")
        #expect(environment["TERM"] == nil && environment["EDITOR"] == nil)
        #expect(environment["GIT_TERMINAL_PROMPT"] == nil)
    }

    @Test("without prompts: git never asks, ssh runs in batch mode (after the user's own ssh command)")
    func noPrompts() {
        let environment = GitEnvironment.make(from: inherited, prompts: false)
        #expect(environment["GIT_TERMINAL_PROMPT"] == "0")
        #expect(environment["GIT_SSH_COMMAND"] == "ssh -o BatchMode=yes")
        var own = inherited
        own["GIT_SSH_COMMAND"] = "ssh -i ~/.ssh/library"
        #expect(GitEnvironment.make(from: own, prompts: false)["GIT_SSH_COMMAND"] == "ssh -i ~/.ssh/library -o BatchMode=yes")
    }

    @Test("git's failures sorted: a refused key is authentication, not offline", arguments: [
        ("git@server: Permission denied (publickey).\nfatal: Could not read from remote repository.", GitFailure.authentication),
        ("fatal: could not read Username for 'https://example.org': terminal prompts disabled", .authentication),
        ("fatal: '/srv/nowhere.git' does not appear to be a git repository\nfatal: Could not read from remote repository.", .offline),
        ("ssh: Could not resolve hostname server: Name or service not known\nfatal: Could not read from remote repository.", .offline),
        ("fatal: unable to access 'https://example.org/x.git/': Could not resolve host: example.org", .offline),
        ("fatal: refusing to merge unrelated histories", .other),
    ])
    func failures(message: String, kind: GitFailure) {
        #expect(GitFailure(message) == kind)
    }

    @Test("core.sharedRepository values that make files group-writable")
    func groupShared() {
        for value in ["group", "true", "1", "all", "world", "everybody", "2", "0660", "0664"] { #expect(Repository.isGroupShared(value), "\(value)") }
        for value in ["false", "umask", "0", "0640", "0600"] { #expect(!Repository.isGroupShared(value), "\(value)") }
    }

    @Test("the driver line quotes parley's path for git's shell")
    func driverCommand() {
        #expect(DriverSetup.driverCommand(program: "/usr/local/bin/parley") == "'/usr/local/bin/parley' merge-reactions %O %A %B %P")
        #expect(DriverSetup.driverCommand(program: "/home/o'neil/bin/parley") == "'/home/o'\\''neil/bin/parley' merge-reactions %O %A %B %P")
    }

    @Test("commit messages say what they hold")
    func commitMessage() {
        #expect(Sync.commitMessage(reactions: [("a", 2), ("b", 1)], articles: ["c"]) == "parley: 2 reactions on a, 1 reaction on b, article c")
        #expect(Sync.commitMessage(reactions: [], articles: []) == "parley: library changes")
    }
}
