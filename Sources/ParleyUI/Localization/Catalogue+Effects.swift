// Words for work running in the background (`EffectRunner`).
extension Catalogue {
    /// The status line while the work runs.
    public func working(_ work: BackgroundWork) -> String {
        switch work {
        case .posting: pick("Posting…", "Bezig met plaatsen…")
        }
    }
}
