/// The environment git runs in: built whole, not inherited.
///
/// Kept from parley's own: what finds programs, the user's configuration and
/// their ssh agent. Dropped: every other `GIT_*` variable (a `GIT_DIR` or
/// `GIT_INDEX_FILE` left by a hook or a shell would point git at another
/// repository). Set: the C locale, so git's messages can be recognised, and
/// no pager or editor. Without `prompts`, git and ssh never ask for anything:
/// `GIT_TERMINAL_PROMPT=0` and ssh in batch mode.
public enum GitEnvironment {
    static let kept = [
        "PATH", "HOME", "USER", "LOGNAME", "TMPDIR", "XDG_CONFIG_HOME",
        "SSH_AUTH_SOCK", "SSH_AGENT_PID", "GIT_SSH_COMMAND", "GIT_SSH",
        "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "no_proxy", "NO_PROXY",
    ]

    public static func make(from inherited: [String: String], prompts: Bool) -> [String: String] {
        var result: [String: String] = [:]
        for key in kept { if let value = inherited[key] { result[key] = value } }
        if result["PATH"] == nil { result["PATH"] = "/usr/local/bin:/usr/bin:/bin" }
        result["LC_ALL"] = "C"
        result["LANG"] = "C"
        result["GIT_PAGER"] = "cat"
        result["GIT_EDITOR"] = "true"
        result["GIT_MERGE_AUTOEDIT"] = "no"
        if !prompts {
            result["GIT_TERMINAL_PROMPT"] = "0"
            // ssh reads a password from /dev/tty, whatever its stdin is.
            let ssh = inherited["GIT_SSH_COMMAND"] ?? "ssh"
            result["GIT_SSH_COMMAND"] = ssh + " -o BatchMode=yes"
            result["SSH_ASKPASS_REQUIRE"] = "never"
        }
        return result
    }
}
