extension Catalogue {
    /// The current match while a long article is searched only as far as the
    /// reader has gone: "match 3/40+", of at least 40.
    public func matchPosition(_ number: Int, ofAtLeast count: Int) -> String {
        pick("match \(number)/\(count)+", "treffer \(number)/\(count)+")
    }
}
