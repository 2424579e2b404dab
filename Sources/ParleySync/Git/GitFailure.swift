/// What kind of failure git's messages (in the C locale) describe, for the
/// three that parley answers differently.
enum GitFailure: Equatable {
    /// A password, key or host key is needed, or was refused.
    case authentication
    /// The server cannot be reached (no network, no such host or path).
    case offline
    case other

    init(_ message: String) {
        // Authentication first: a refused key also ends with "Could not read from remote repository".
        let authentication = [
            "Permission denied", "Authentication failed", "terminal prompts disabled",
            "could not read Username", "could not read Password", "Host key verification failed",
            "returned error: 401", "returned error: 403",
        ]
        let offline = [
            "Could not read from remote repository", "does not appear to be a git repository",
            "Could not resolve host", "Could not resolve hostname", "unable to access",
            "Connection refused", "Connection timed out", "Network is unreachable", "No route to host",
            "Operation timed out", "unable to connect", "Connection closed",
        ]
        if authentication.contains(where: message.contains) {
            self = .authentication
        } else if offline.contains(where: message.contains) {
            self = .offline
        } else {
            self = .other
        }
    }
}
