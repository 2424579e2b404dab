import ParleyKit

// Words for work running in the background (`EffectRunner`).
extension Catalogue {
    /// The status line while the work runs.
    public func working(_ work: BackgroundWork) -> String {
        switch work {
        case .posting: pick("Posting…", "Bezig met plaatsen…")
        case .syncing: pick("Syncing with the server…", "Bezig met synchroniseren…")
        }
    }
}

// MARK: - A post waiting for the reactions file's lock

extension Catalogue {
    /// The composer while another writer holds the lock: that it waits, for
    /// how long at most, and which keys stop it (as the user has them).
    /// The file by its name only: the folder is the library's, and the
    /// message must fit the composer's two message rows.
    public func waitingForLock(file path: String, seconds: Int, keys: KeyTable) -> String {
        let file = FileSystem.name(of: path)
        let stop = keys.composer.shownKeys(for: .close).map { $0.label(self) }.joined(separator: pick(" or ", " of "))
        return pick("Waiting for \(file): another writer is changing it (at most \(seconds) s). \(stop) stops waiting; your text is kept.",
                    "Wachten op \(file): een ander is het aan het veranderen (hoogstens \(seconds) s). \(stop) stopt het wachten; je tekst blijft bewaard.")
    }

    /// Esc while posting, until the post answers.
    public var stoppingPost: String {
        pick("Stopping…", "Bezig met stoppen…")
    }
}

// MARK: - A long command in the reader

extension Catalogue {
    /// The status line while `G` (or a far jump) lays out a huge article.
    public func longWorkRunning(percent: Int) -> String {
        pick("Laying out the article… \(percent)% (Esc stops)", "Bezig met opmaken van het artikel… \(percent)% (Esc stopt)")
    }

    /// Esc or Ctrl-C stopped it: the reader is where it was.
    public var longWorkStopped: String {
        pick("Stopped.", "Gestopt.")
    }
}
