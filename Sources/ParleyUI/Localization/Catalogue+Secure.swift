/// The words of secure mode (docs/usage.md, "Secure mode").
extension Catalogue {
    /// `what`: a command or option as typed (`import`, `--library`).
    public func notInSecureMode(_ what: String) -> String {
        pick("\(what) is not available in secure mode",
             "\(what) is niet beschikbaar in de beveiligde modus")
    }

    /// The status line, for a key whose action secure mode turns off.
    public var notAvailableHere: String {
        pick("not available here (secure mode)", "hier niet beschikbaar (beveiligde modus)")
    }
}
